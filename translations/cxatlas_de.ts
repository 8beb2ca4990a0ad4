<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>No gaps</source>
        <translation>Keine Lücken</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n Lücke</numerusform>
            <numerusform>%n Lücken</numerusform>
        </translation>
    </message>
    <message>
        <source>Every moment that matters is measured, owned and supported backstage; every element is linked; every metric leads to a strategic one.</source>
        <translation>Jeder Moment der Wahrheit wird gemessen, hat Verantwortliche und Backstage-Unterstützung; jedes Element ist verknüpft; jede Kennzahl führt zu einer strategischen.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Score: impact × the value of the moments it improves ÷ effort.</source>
        <translation>Score: Wirkung × Wert der verbesserten Momente ÷ Aufwand.</translation>
    </message>
    <message>
        <source>No opportunities yet.</source>
        <translation>Noch keine Chancen.</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, Score %2</translation>
    </message>
    <message numerus="yes">
        <source>impact %1 · effort %2 · %n moment(s)</source>
        <translation>
            <numerusform>Wirkung %1 · Aufwand %2 · %n Moment</numerusform>
            <numerusform>Wirkung %1 · Aufwand %2 · %n Momente</numerusform>
        </translation>
    </message>
    <message>
        <source>Systems and processes by value</source>
        <translation>Systeme und Prozesse nach Wert</translation>
    </message>
    <message>
        <source>Value: the importance of every moment that depends on it, moments that matter counted twice. Ties go to the one more chains pass through.</source>
        <translation>Wert: die Wichtigkeit aller davon abhängigen Momente, Momente der Wahrheit doppelt gezählt. Bei Gleichstand zählt, durch welches Element mehr Ketten laufen.</translation>
    </message>
    <message>
        <source>No systems or processes yet.</source>
        <translation>Noch keine Systeme oder Prozesse.</translation>
    </message>
    <message>
        <source>%1, value %2</source>
        <translation>%1, Wert %2</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n Moment</numerusform>
            <numerusform>%n Momente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n that matter</source>
        <translation>
            <numerusform>, davon %n Moment der Wahrheit</numerusform>
            <numerusform>, davon %n Momente der Wahrheit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchitectureInspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Select a box to light up its chain and see its details. Drag from one box onto another to link them.</source>
        <translation>Wählen Sie ein Feld aus, um seine Kette hervorzuheben und Details zu sehen. Ziehen Sie ein Feld auf ein anderes, um beide zu verknüpfen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>Wer dafür verantwortlich ist</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Metric kind</source>
        <translation>Art der Kennzahl</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Metric level</source>
        <translation>Stufe der Kennzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Besser, wenn</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>customer voice</source>
        <translation>Kundenstimme</translation>
    </message>
    <message>
        <source>research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>Wettbewerb</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Study, survey, report…</source>
        <translation>Studie, Umfrage, Bericht…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Impact, 1 to 5</source>
        <translation>Wirkung, 1 bis 5</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Effort, 1 to 5</source>
        <translation>Aufwand, 1 bis 5</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <source>Its chain up and down holds %n item(s).</source>
        <translation>
            <numerusform>Die Kette nach oben und unten umfasst %n Element.</numerusform>
            <numerusform>Die Kette nach oben und unten umfasst %n Elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact…</source>
        <translation>Auswirkungen…</translation>
    </message>
    <message>
        <source>Show what depends on %1</source>
        <translation>Zeigen, was von %1 abhängt</translation>
    </message>
    <message>
        <source>Edit the moment itself on the journey map.</source>
        <translation>Den Moment selbst in der Journey Map bearbeiten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>ArchitecturePage</name>
    <message>
        <source>All journeys</source>
        <translation>Alle Journeys</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Moments that matter only</source>
        <translation>Nur Momente der Wahrheit</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ Hinzufügen</translation>
    </message>
    <message>
        <source>Add an element, a metric, an insight or an opportunity</source>
        <translation>Element, Kennzahl, Erkenntnis oder Chance hinzufügen</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erlebnis</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom %1 percent</source>
        <translation>Zoom %1 Prozent</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Bild an Fenster anpassen</translation>
    </message>
    <message>
        <source>CX architecture</source>
        <translation>CX-Architektur</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>Insights and opportunities</source>
        <translation>Erkenntnisse und Chancen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Nothing here matches the filters.</source>
        <translation>Nichts entspricht den Filtern.</translation>
    </message>
    <message>
        <source>No moments, elements or metrics yet. Add a story, a service or a system with + Element.</source>
        <translation>Noch keine Momente, Elemente oder Kennzahlen. Fügen Sie mit + Element eine Story, einen Service oder ein System hinzu.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Journey map %1</source>
        <translation>Journey Map %1</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n Moment</numerusform>
            <numerusform>%n Momente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurveLegend</name>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>No persona yet</source>
        <translation>Noch keine Persona</translation>
    </message>
    <message>
        <source>Show the curve of %1</source>
        <translation>Kurve von %1 anzeigen</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare with another journey&apos;s curve</source>
        <translation>Mit der Kurve einer anderen Journey vergleichen</translation>
    </message>
</context>
<context>
    <name>EmotionCurves</name>
    <message>
        <source>Emotion of %1 for %2: %3</source>
        <translation>Emotion bei %1 für %2: %3</translation>
    </message>
</context>
<context>
    <name>EndRoundDialog</name>
    <message>
        <source>End “%1”?</source>
        <translation>„%1“ beenden?</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) cast. Once the round ends its votes can no longer change; Edit &gt; Undo reopens it.</source>
        <translation>
            <numerusform>%n Punkt vergeben. Nach dem Ende der Runde lassen sich die Stimmen nicht mehr ändern; Bearbeiten &gt; Rückgängig öffnet sie wieder.</numerusform>
            <numerusform>%n Punkte vergeben. Nach dem Ende der Runde lassen sich die Stimmen nicht mehr ändern; Bearbeiten &gt; Rückgängig öffnet sie wieder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Evidence %1, source</source>
        <translation>Evidenz %1, Quelle</translation>
    </message>
    <message>
        <source>Evidence %1, kind</source>
        <translation>Evidenz %1, Art</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>jjjj-mm-tt</translation>
    </message>
    <message>
        <source>Evidence %1, date</source>
        <translation>Evidenz %1, Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Evidence %1, note</source>
        <translation>Evidenz %1, Notiz</translation>
    </message>
    <message>
        <source>Move evidence %1 up</source>
        <translation>Evidenz %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move evidence %1 down</source>
        <translation>Evidenz %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>Evidenz %1 entfernen</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Add an evidence source</source>
        <translation>Evidenzquelle hinzufügen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>First page of %n</source>
        <translation>
            <numerusform>Erste Seite von %n</numerusform>
            <numerusform>Erste Seite von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Workspace JSON (*.json)</source>
        <translation>Arbeitsbereich-JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd)</source>
        <translation>Mermaid-Diagramme (*.mmd)</translation>
    </message>
    <message>
        <source>GraphML graphs (*.graphml)</source>
        <translation>GraphML-Graphen (*.graphml)</translation>
    </message>
    <message>
        <source>Graphviz DOT graphs (*.dot)</source>
        <translation>Graphviz-DOT-Graphen (*.dot)</translation>
    </message>
    <message>
        <source>The start of the file</source>
        <translation>Der Anfang der Datei</translation>
    </message>
</context>
<context>
    <name>ExportOptionsPanel</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle Journeys</translation>
    </message>
    <message>
        <source>First journey</source>
        <translation>Erste Journey</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <source>Fit each on one page</source>
        <translation>Jede auf eine Seite einpassen</translation>
    </message>
    <message>
        <source>Tile across pages</source>
        <translation>Auf mehrere Seiten verteilen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Cover with contents</source>
        <translation>Deckblatt mit Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Journey Maps</translation>
    </message>
    <message>
        <source>A sheet per persona</source>
        <translation>Ein Blatt pro Persona</translation>
    </message>
    <message>
        <source>Architecture diagram</source>
        <translation>Architekturdiagramm</translation>
    </message>
    <message>
        <source>Gaps and metrics</source>
        <translation>Lücken und Kennzahlen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation>Auflösung (dpi)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>To print or show</source>
        <translation>Zum Drucken oder Zeigen</translation>
    </message>
    <message>
        <source>For other tools</source>
        <translation>Für andere Tools</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Mermaid</source>
        <translation>Mermaid</translation>
    </message>
    <message>
        <source>GraphML</source>
        <translation>GraphML</translation>
    </message>
    <message>
        <source>DOT</source>
        <translation>DOT</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Gesamter Arbeitsbereich</translation>
    </message>
    <message>
        <source>CSV of votes</source>
        <translation>CSV der Stimmen</translation>
    </message>
    <message>
        <source>Workshop results</source>
        <translation>Workshop-Ergebnisse</translation>
    </message>
    <message>
        <source>Metrics: hierarchy, trends and drivers</source>
        <translation>Kennzahlen: Hierarchie, Trends und Treiber</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No moments match “%1”.</source>
        <translation>Keine Momente passen zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) found.</source>
        <translation>
            <numerusform>%n Moment gefunden.</numerusform>
            <numerusform>%n Momente gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find moments</source>
        <translation>Momente suchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <source>Workspace JSON (*.json)</source>
        <translation>Arbeitsbereich-JSON (*.json)</translation>
    </message>
    <message>
        <source>Mermaid journey diagrams (*.mmd *.mermaid)</source>
        <translation>Mermaid-Journey-Diagramme (*.mmd *.mermaid)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose workspace JSON (.json) or a Mermaid journey diagram (.mmd) to see what it holds before anything is imported.</source>
        <translation>Wählen Sie Arbeitsbereich-JSON (.json) oder ein Mermaid-Journey-Diagramm (.mmd), um vor dem Import zu sehen, was es enthält.</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importieren in</translation>
    </message>
    <message>
        <source>The open workspace, “%1” (one step you can undo)</source>
        <translation>Den geöffneten Arbeitsbereich „%1“ (ein Schritt, den Sie rückgängig machen können)</translation>
    </message>
    <message>
        <source>The open workspace (it is read-only)</source>
        <translation>Den geöffneten Arbeitsbereich (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The open workspace (none is open)</source>
        <translation>Den geöffneten Arbeitsbereich (keiner geöffnet)</translation>
    </message>
    <message>
        <source>A new workspace named after “%1”</source>
        <translation>Einen neuen Arbeitsbereich namens „%1“</translation>
    </message>
    <message>
        <source>A new workspace named after the file</source>
        <translation>Einen neuen Arbeitsbereich mit dem Namen der Datei</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Workspace JSON, Mermaid journeys or survey responses (*.json *.mmd *.mermaid *.csv *.tsv *.txt)</source>
        <translation>Arbeitsbereich-JSON, Mermaid-Journeys oder Umfrageantworten (*.json *.mmd *.mermaid *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Survey responses (*.csv *.tsv *.txt)</source>
        <translation>Umfrageantworten (*.csv *.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n Moment</numerusform>
            <numerusform>%n Momente</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be merged into the open workspace; these records conflict with it:</source>
        <translation>Die Datei kann nicht in den geöffneten Arbeitsbereich übernommen werden; diese Datensätze stehen im Konflikt damit:</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite Participants</source>
        <translation>Teilnehmende einladen</translation>
    </message>
    <message>
        <source>Participants join from the browser of their phone or laptop, on the same network as this computer: no app, no account.</source>
        <translation>Die Teilnehmenden kommen über den Browser ihres Telefons oder Laptops dazu, im selben Netzwerk wie dieser Computer: ohne App, ohne Konto.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Network participants are on</source>
        <translation>Netzwerk der Teilnehmenden</translation>
    </message>
    <message>
        <source>They see this journey&apos;s current stage and its moments, the voting round and the timer, and can vote and park notes. Nothing else of the workspace is shared. The session stops when you stop it, close the workspace or quit CX Atlas.</source>
        <translation>Sie sehen die aktuelle Phase dieser Journey mit ihren Momenten, die Abstimmungsrunde und den Timer und können abstimmen und Notizen parken. Sonst wird nichts aus dem Arbeitsbereich geteilt. Die Sitzung endet, wenn Sie sie beenden, den Arbeitsbereich schließen oder CX Atlas beenden.</translation>
    </message>
    <message>
        <source>QR code of the join address %1</source>
        <translation>QR-Code der Teilnahmeadresse %1</translation>
    </message>
    <message>
        <source>Scan the code, or open this address:</source>
        <translation>Scannen Sie den Code oder öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Teilnahmeadresse</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the join address</source>
        <translation>Teilnahmeadresse kopieren</translation>
    </message>
    <message>
        <source>Network: %1. The address works until the session stops.</source>
        <translation>Netzwerk: %1. Die Adresse funktioniert, bis die Sitzung endet.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Show on Projector</source>
        <translation>Auf dem Projektor zeigen</translation>
    </message>
    <message>
        <source>Stop Session</source>
        <translation>Sitzung beenden</translation>
    </message>
</context>
<context>
    <name>JoinSlide</name>
    <message>
        <source>Join the workshop</source>
        <translation>Am Workshop teilnehmen</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Mit dem Telefon teilnehmen</translation>
    </message>
    <message>
        <source>QR code of the join address %1</source>
        <translation>QR-Code der Teilnahmeadresse %1</translation>
    </message>
</context>
<context>
    <name>JourneysPage</name>
    <message>
        <source> (future state)</source>
        <translation> (Soll-Zustand)</translation>
    </message>
    <message>
        <source>No journey</source>
        <translation>Keine Journey</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>+ Stage</source>
        <translation>+ Phase</translation>
    </message>
    <message>
        <source>+ Lane</source>
        <translation>+ Ebene</translation>
    </message>
    <message>
        <source>Moments that matter</source>
        <translation>Momente der Wahrheit</translation>
    </message>
    <message>
        <source>Dim every other moment</source>
        <translation>Alle anderen Momente abblenden</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom %1 percent</source>
        <translation>Zoom %1 Prozent</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Map an Fenster anpassen</translation>
    </message>
    <message>
        <source>This workspace has no journeys yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Journeys.</translation>
    </message>
    <message>
        <source>Add a journey</source>
        <translation>Journey hinzufügen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Show this journey full screen for a workshop (F5)</source>
        <translation>Diese Journey im Vollbild für einen Workshop zeigen (F5)</translation>
    </message>
    <message>
        <source>Workshop ▾</source>
        <translation>Workshop ▾</translation>
    </message>
    <message>
        <source>Start a voting round…</source>
        <translation>Abstimmungsrunde starten…</translation>
    </message>
    <message>
        <source>End the voting round…</source>
        <translation>Abstimmungsrunde beenden…</translation>
    </message>
    <message>
        <source>Round results…</source>
        <translation>Rundenergebnisse…</translation>
    </message>
    <message>
        <source>Park a note	P</source>
        <translation>Notiz parken	P</translation>
    </message>
    <message>
        <source>Show the parking lot</source>
        <translation>Parkplatz anzeigen</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>Minimap</translation>
    </message>
    <message>
        <source>Show the overview in a corner of the map that has no cards</source>
        <translation>Übersicht in einer Ecke der Map ohne Karten anzeigen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>View ▾</source>
        <translation>Ansicht ▾</translation>
    </message>
    <message>
        <source>Metrics on the cards</source>
        <translation>Kennzahlen auf den Karten</translation>
    </message>
    <message>
        <source>A small line of each measuring metric&apos;s last twelve months</source>
        <translation>Ein kleiner Verlauf der letzten zwölf Monate jeder messenden Kennzahl</translation>
    </message>
    <message>
        <source>Invite Participants…</source>
        <translation>Teilnehmende einladen …</translation>
    </message>
</context>
<context>
    <name>LaneHeader</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emotionen</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Lane %1 (%2)</source>
        <translation>Ebene %1 (%2)</translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation>Name der Ebene</translation>
    </message>
    <message>
        <source>Lane actions</source>
        <translation>Aktionen der Ebene</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Add lane above</source>
        <translation>Ebene darüber einfügen</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation>Ebene darunter einfügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete lane and its moments</source>
        <translation>Ebene samt Momenten löschen</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Verknüpfung mit %1 lösen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Link to… (type to search)</source>
        <translation>Verknüpfen mit… (zum Suchen tippen)</translation>
    </message>
    <message>
        <source>Search for something to link to</source>
        <translation>Etwas zum Verknüpfen suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Link: %1 %2</source>
        <translation>Verknüpfen: %1 %2</translation>
    </message>
    <message>
        <source>Nothing to link matches “%1”.</source>
        <translation>Nichts zum Verknüpfen passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — CX Atlas</source>
        <translation>%1 — CX Atlas</translation>
    </message>
    <message>
        <source>CX Atlas</source>
        <translation>CX Atlas</translation>
    </message>
    <message>
        <source>%1 (read-only) — CX Atlas</source>
        <translation>%1 (schreibgeschützt) — CX Atlas</translation>
    </message>
    <message>
        <source>Drop a .cxatlas workspace to open it, or workspace JSON, a Mermaid journey or survey responses (CSV) to import them</source>
        <translation>Legen Sie einen .cxatlas-Arbeitsbereich hier ab, um ihn zu öffnen, oder Arbeitsbereich-JSON, eine Mermaid-Journey bzw. Umfrageantworten (CSV), um sie zu importieren</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>MattersWalkView</name>
    <message>
        <source>★ Moment that matters %1 of %2</source>
        <translation>★ Moment der Wahrheit %1 von %2</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Nothing is linked to this moment yet: no story, system or metric.</source>
        <translation>Mit diesem Moment ist noch nichts verknüpft: keine Story, kein System, keine Kennzahl.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <source>Measurements (%1)</source>
        <translation>Messwerte (%1)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>Messwert hinzufügen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen einfügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected measurements</source>
        <translation>Ausgewählte Messwerte löschen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Date of row %1</source>
        <translation>Datum in Zeile %1</translation>
    </message>
    <message>
        <source>Value of row %1</source>
        <translation>Wert in Zeile %1</translation>
    </message>
    <message>
        <source>Note of row %1</source>
        <translation>Notiz in Zeile %1</translation>
    </message>
    <message>
        <source>No measurements. Add one, or copy dates and values from a spreadsheet and paste them here (Ctrl+V).</source>
        <translation>Keine Messwerte. Fügen Sie einen hinzu oder kopieren Sie Datum und Wert aus einer Tabellenkalkulation und fügen Sie sie hier ein (Strg+V).</translation>
    </message>
    <message>
        <source>Row %1: %2, %3</source>
        <translation>Zeile %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>%1 over time, %2</source>
        <translation>%1 im Zeitverlauf, %2</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Small sample (under 30)</source>
        <translation>Kleine Stichprobe (unter 30)</translation>
    </message>
    <message>
        <source>Latest %1 (%2) · %3 %4</source>
        <translation>Zuletzt %1 (%2) · %3 %4</translation>
    </message>
    <message>
        <source>No values to draw yet.</source>
        <translation>Noch keine Werte zum Darstellen.</translation>
    </message>
</context>
<context>
    <name>MetricDetails</name>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind and level</source>
        <translation>Art und Stufe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>e.g. %, points, minutes</source>
        <translation>z. B. %, Punkte, Minuten</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Besser, wenn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>Wer dafür verantwortlich ist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What it measures, where the data comes from</source>
        <translation>Was sie misst, woher die Daten kommen</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Wie sie berechnet wird</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Misst</translation>
    </message>
    <message>
        <source>Nothing yet. Link it to a moment or an element in the Architecture view.</source>
        <translation>Noch nichts. Verknüpfen Sie sie in der Architekturansicht mit einem Moment oder Element.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>MetricRow</name>
    <message>
        <source>%1, %2, latest %3, %4, %5</source>
        <translation>%1, %2, zuletzt %3, %4, %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Einklappen</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Ausklappen</translation>
    </message>
    <message>
        <source>⟳ cycle closes here</source>
        <translation>⟳ Zyklus schließt sich hier</translation>
    </message>
    <message>
        <source>⟳ in a cycle</source>
        <translation>⟳ in einem Zyklus</translation>
    </message>
</context>
<context>
    <name>MetricStatus</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Zielwert</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Verfehlt</translation>
    </message>
</context>
<context>
    <name>MetricTree</name>
    <message>
        <source>Search metrics</source>
        <translation>Kennzahlen suchen</translation>
    </message>
    <message>
        <source>Search metrics by title or owner</source>
        <translation>Kennzahlen nach Titel oder Verantwortlichen suchen</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle Journeys</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Alle Personas</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Metric hierarchy</source>
        <translation>Kennzahlenhierarchie</translation>
    </message>
    <message>
        <source>No metric matches the filters.</source>
        <translation>Keine Kennzahl entspricht den Filtern.</translation>
    </message>
    <message>
        <source>No metrics yet. Add one in the Architecture view (+ Add › Metric).</source>
        <translation>Noch keine Kennzahlen. Fügen Sie eine in der Architekturansicht hinzu (+ Hinzufügen › Kennzahl).</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <source>Choose a metric in the tree</source>
        <translation>Wählen Sie eine Kennzahl im Baum</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Chart and measurements</source>
        <translation>Diagramm und Messwerte</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Import responses…</source>
        <translation>Antworten importieren…</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Overview of the whole journey map</source>
        <translation>Übersicht der gesamten Journey Map</translation>
    </message>
</context>
<context>
    <name>MomentCard</name>
    <message>
        <source>moment that matters</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation>Forschungsbasiert</translation>
    </message>
    <message>
        <source>Partly backed by evidence</source>
        <translation>Teilweise durch Evidenz belegt</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Open the detailed journey</source>
        <translation>Detaillierte Journey öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>stage %1, lane %2</source>
        <translation>Phase %1, Ebene %2</translation>
    </message>
    <message>
        <source>emotion %1</source>
        <translation>Emotion %1</translation>
    </message>
    <message>
        <source>emotion not scored</source>
        <translation>Emotion nicht bewertet</translation>
    </message>
</context>
<context>
    <name>MomentForm</name>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Mobile app, branch, phone…</source>
        <translation>Mobile App, Filiale, Telefon…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>The function that owns it</source>
        <translation>Die zuständige Funktion</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Emotion score</source>
        <translation>Emotionswert</translation>
    </message>
    <message>
        <source>Emotion of %1</source>
        <translation>Emotion von %1</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Partly backed</source>
        <translation>Teilweise belegt</translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation>Forschungsbasiert</translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation>Evidenzgrad</translation>
    </message>
    <message>
        <source>Moment that matters</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Tags (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>MomentInspector</name>
    <message>
        <source>Moment details</source>
        <translation>Momentdetails</translation>
    </message>
    <message>
        <source>Select a moment to see and edit its details.
Double-click the map, or press N, to add one.</source>
        <translation>Wählen Sie einen Moment aus, um seine Details zu sehen und zu bearbeiten.
Doppelklicken Sie auf die Map oder drücken Sie N, um einen hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>OverviewMap</name>
    <message>
        <source>%1 — the whole journey</source>
        <translation>%1 — die gesamte Journey</translation>
    </message>
</context>
<context>
    <name>ParkCapture</name>
    <message>
        <source>Park:</source>
        <translation>Parken:</translation>
    </message>
    <message>
        <source>An idea or a question… Enter parks it, Escape drops it</source>
        <translation>Eine Idee oder Frage… Eingabe parkt sie, Escape verwirft sie</translation>
    </message>
    <message>
        <source>Park an idea or a question</source>
        <translation>Idee oder Frage parken</translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Parking lot (%1)</source>
        <translation>Parkplatz (%1)</translation>
    </message>
    <message>
        <source>Hide the parking lot</source>
        <translation>Parkplatz ausblenden</translation>
    </message>
    <message>
        <source>A question… (Enter)</source>
        <translation>Eine Frage… (Eingabe)</translation>
    </message>
    <message>
        <source>An idea… (Enter)</source>
        <translation>Eine Idee… (Eingabe)</translation>
    </message>
    <message>
        <source>Park an idea or a question</source>
        <translation>Idee oder Frage parken</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Parked notes</source>
        <translation>Geparkte Notizen</translation>
    </message>
    <message>
        <source>Press P anywhere to park an idea or a question without stopping the workshop. Drag a note onto the map to make it a moment.</source>
        <translation>Drücken Sie überall P, um eine Idee oder Frage zu parken, ohne den Workshop zu unterbrechen. Ziehen Sie eine Notiz auf die Map, um daraus einen Moment zu machen.</translation>
    </message>
</context>
<context>
    <name>ParkingNoteCard</name>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>Idea: %1</source>
        <translation>Idee: %1</translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation>Aktionen der Notiz</translation>
    </message>
    <message>
        <source>Make a moment after the selected card</source>
        <translation>Moment nach der ausgewählten Karte anlegen</translation>
    </message>
    <message>
        <source>Make an insight</source>
        <translation>Erkenntnis anlegen</translation>
    </message>
    <message>
        <source>Make an opportunity</source>
        <translation>Chance anlegen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <source>%1/%2 dots</source>
        <translation>%1/%2 Punkte</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, connected</source>
        <translation>%1, verbunden</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, nicht verbunden</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Participants (%1 connected)</source>
        <translation>Teilnehmende (%1 verbunden)</translation>
    </message>
    <message>
        <source>Join address %1</source>
        <translation>Teilnahmeadresse %1</translation>
    </message>
    <message>
        <source>Show Code</source>
        <translation>Code zeigen</translation>
    </message>
    <message>
        <source>Stop Session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>People who joined</source>
        <translation>Wer teilnimmt</translation>
    </message>
    <message>
        <source>Nobody has joined yet. Show the code on the projector (J while presenting) or share the address.</source>
        <translation>Noch niemand ist dabei. Zeigen Sie den Code auf dem Projektor (J beim Präsentieren) oder teilen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Teilnehmende Person entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? Their %n dot(s) in this round go, in one step you can undo.</source>
        <translation>
            <numerusform>%1 entfernen? Der Punkt der Person in dieser Runde fällt weg, in einem Schritt, den Sie rückgängig machen können.</numerusform>
            <numerusform>%1 entfernen? Die %n Punkte der Person in dieser Runde fallen weg, in einem Schritt, den Sie rückgängig machen können.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1? Their page stops working; the notes they parked stay.</source>
        <translation>%1 entfernen? Die Seite der Person funktioniert dann nicht mehr; geparkte Notizen bleiben.</translation>
    </message>
    <message>
        <source>Stop the Session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <source>Everyone&apos;s page stops working and the code with it; their dots and notes stay in the workspace. A new session gets a new code.</source>
        <translation>Die Seiten aller Teilnehmenden und der Code funktionieren dann nicht mehr; ihre Punkte und Notizen bleiben im Arbeitsbereich. Eine neue Sitzung bekommt einen neuen Code.</translation>
    </message>
</context>
<context>
    <name>PersonaAvatar</name>
    <message>
        <source>Photo of %1</source>
        <translation>Foto von %1</translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation>Avatar von %1</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <source>Persona %1, %2</source>
        <translation>Persona %1, %2</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Unbenannte Persona</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>Mapped in %n journey(s)</source>
        <translation>
            <numerusform>In %n Journey abgebildet</numerusform>
            <numerusform>In %n Journeys abgebildet</numerusform>
        </translation>
    </message>
    <message>
        <source>Not mapped in a journey yet</source>
        <translation>Noch in keiner Journey abgebildet</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>PersonaColorPicker</name>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Blaugrün</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Rotviolett</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>Zinnoberrot</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
</context>
<context>
    <name>PersonaEditorView</name>
    <message>
        <source>‹ All personas</source>
        <translation>‹ Alle Personas</translation>
    </message>
    <message>
        <source>Back to all personas</source>
        <translation>Zurück zu allen Personas</translation>
    </message>
    <message>
        <source>This workspace is open for reading only</source>
        <translation>Dieser Arbeitsbereich ist nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>Saved as you type · Undo with Ctrl+Z</source>
        <translation>Wird beim Tippen gespeichert · Rückgängig mit Strg+Z</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Need state</source>
        <translation>Bedürfnislage</translation>
    </message>
    <message>
        <source>What this customer needs at this point of their life</source>
        <translation>Was diese Kundin oder dieser Kunde in dieser Lebensphase braucht</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>In eigenen Worten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Wertstufe</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Bedürfnis hinzufügen</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Add a frustration</source>
        <translation>Frustration hinzufügen</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Verhaltensweisen</translation>
    </message>
    <message>
        <source>Add a behaviour</source>
        <translation>Verhaltensweise hinzufügen</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Bevorzugte Kanäle</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Demografie</translation>
    </message>
    <message>
        <source>Age, place, household, income…</source>
        <translation>Alter, Wohnort, Haushalt, Einkommen…</translation>
    </message>
    <message>
        <source>Psychographics</source>
        <translation>Psychografie</translation>
    </message>
    <message>
        <source>Values, attitudes, motivations…</source>
        <translation>Werte, Einstellungen, Motive…</translation>
    </message>
    <message>
        <source>Field notes</source>
        <translation>Feldnotizen</translation>
    </message>
    <message>
        <source>What you saw and heard</source>
        <translation>Was Sie gesehen und gehört haben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>PersonaGalleryView</name>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Filter by name, need state or quote</source>
        <translation>Nach Name, Bedürfnislage oder Zitat filtern</translation>
    </message>
    <message>
        <source>Filter personas</source>
        <translation>Personas filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Hypotheses</source>
        <translation>Hypothesen</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Status anzeigen</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <source>Sort by status</source>
        <translation>Nach Status sortieren</translation>
    </message>
    <message>
        <source>Sort by value tier</source>
        <translation>Nach Wertstufe sortieren</translation>
    </message>
    <message>
        <source>Sort by last update</source>
        <translation>Nach letzter Änderung sortieren</translation>
    </message>
    <message>
        <source>Sort personas</source>
        <translation>Personas sortieren</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n Persona</numerusform>
            <numerusform>%n Personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n persona(s)</source>
        <translation>
            <numerusform>%1 von %n Persona</numerusform>
            <numerusform>%1 von %n Personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No personas yet. A persona describes a customer need state; start one with New persona.</source>
        <translation>Noch keine Personas. Eine Persona beschreibt eine Bedürfnislage von Kunden; legen Sie eine mit „Neue Persona“ an.</translation>
    </message>
    <message>
        <source>No persona matches the filter.</source>
        <translation>Keine Persona entspricht dem Filter.</translation>
    </message>
</context>
<context>
    <name>PersonaJourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>No journey is mapped for this persona yet.</source>
        <translation>Für diese Persona ist noch keine Journey abgebildet.</translation>
    </message>
    <message>
        <source>%1 (future state)</source>
        <translation>%1 (Soll-Zustand)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open journey %1</source>
        <translation>Journey %1 öffnen</translation>
    </message>
    <message>
        <source>Unlink journey %1</source>
        <translation>Verknüpfung mit Journey %1 lösen</translation>
    </message>
    <message>
        <source>Unlink this journey</source>
        <translation>Verknüpfung mit dieser Journey lösen</translation>
    </message>
    <message>
        <source>Journey to link</source>
        <translation>Zu verknüpfende Journey</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Link this persona to the chosen journey</source>
        <translation>Diese Persona mit der gewählten Journey verknüpfen</translation>
    </message>
</context>
<context>
    <name>PersonaListEditor</name>
    <message>
        <source>Add an item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <source>Move item %1 of %2 up</source>
        <translation>Eintrag %1 von %2 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move item %1 of %2 down</source>
        <translation>Eintrag %1 von %2 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove item %1 of %2</source>
        <translation>Eintrag %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>PersonaPhotoPanel</name>
    <message>
        <source>Choose photo…</source>
        <translation>Foto auswählen…</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>Fotodatei auswählen</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Or drop an image on it. %1</source>
        <translation>Oder ein Bild darauf ziehen. %1</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PersonaPicker</name>
    <message>
        <source>All personas</source>
        <translation>Alle Personas</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
</context>
<context>
    <name>PersonaStyle</name>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>Niedriger Wert</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Hoher Wert</translation>
    </message>
    <message>
        <source>Top value</source>
        <translation>Top-Wert</translation>
    </message>
    <message>
        <source>Medium value</source>
        <translation>Mittlerer Wert</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Social listening</source>
        <translation>Social Listening</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Where unnamed workspaces live</source>
        <translation>Speicherort für unbenannte Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>PDF page size</source>
        <translation>PDF-Seitenformat</translation>
    </message>
    <message>
        <source>PDF orientation</source>
        <translation>PDF-Ausrichtung</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Unnamed workspaces</source>
        <translation>Unbenannte Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Use the Standard Folder</source>
        <translation>Standardordner verwenden</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Journey Maps</translation>
    </message>
    <message>
        <source>Show handles on the emotion curves’ points</source>
        <translation>Anfasser an den Punkten der Emotionskurven zeigen</translation>
    </message>
</context>
<context>
    <name>PresenceBadges</name>
    <message>
        <source>%1 is on this card</source>
        <translation>%1 ist auf dieser Karte</translation>
    </message>
</context>
<context>
    <name>PresenceList</name>
    <message>
        <source>Here:</source>
        <translation>Hier:</translation>
    </message>
    <message>
        <source>Only you here</source>
        <translation>Nur Sie sind hier</translation>
    </message>
</context>
<context>
    <name>PresentCard</name>
    <message>
        <source>Research-based</source>
        <translation>Forschungsbasiert</translation>
    </message>
    <message>
        <source>Partly backed by evidence</source>
        <translation>Teilweise durch Evidenz belegt</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Moment that matters</source>
        <translation>Moment der Wahrheit</translation>
    </message>
</context>
<context>
    <name>PresentControls</name>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Present on screen</source>
        <translation>Auf Bildschirm präsentieren</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Projector theme</source>
        <translation>Beamer-Design</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>As the system says</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Reduziert</translation>
    </message>
    <message>
        <source>Animated</source>
        <translation>Animiert</translation>
    </message>
    <message>
        <source>Camera motion</source>
        <translation>Kamerabewegung</translation>
    </message>
    <message>
        <source>← → step · O overview · M moments that matter · N presenter view</source>
        <translation>← → Schritt · O Übersicht · M Momente der Wahrheit · N Referentenansicht</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Join slide (J)</source>
        <translation>Teilnahmefolie (J)</translation>
    </message>
    <message>
        <source>Show the join slide</source>
        <translation>Teilnahmefolie zeigen</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>%1 — %2 — presentation</source>
        <translation>%1 — %2 — Präsentation</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>%1 — presenter view</source>
        <translation>%1 — Referentenansicht</translation>
    </message>
    <message>
        <source>Moment that matters %1 of %2</source>
        <translation>Moment der Wahrheit %1 von %2</translation>
    </message>
    <message>
        <source>Overview of the whole map</source>
        <translation>Übersicht der gesamten Map</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <source>No notes for this stage.</source>
        <translation>Keine Notizen zu dieser Phase.</translation>
    </message>
    <message>
        <source>Moments and their evidence</source>
        <translation>Momente und ihre Evidenz</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Weiter: %1</translation>
    </message>
    <message>
        <source>Last stage</source>
        <translation>Letzte Phase</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>No voting round is running.</source>
        <translation>Es läuft keine Abstimmungsrunde.</translation>
    </message>
    <message>
        <source>Keys: → ← step · 1–9 stage · O overview · M moments that matter · T theme · N this window · P park a note · Esc leave</source>
        <translation>Tasten: → ← Schritt · 1–9 Phase · O Übersicht · M Momente der Wahrheit · T Design · N dieses Fenster · P Notiz parken · Esc beenden</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Unsaved Workspaces</source>
        <translation>Nicht gespeicherte Arbeitsbereiche</translation>
    </message>
    <message>
        <source>These workspaces were never saved to a file. Open one to go on with it, or discard it.</source>
        <translation>Diese Arbeitsbereiche wurden nie in einer Datei gespeichert. Öffnen Sie einen, um daran weiterzuarbeiten, oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>There are no unsaved workspaces.</source>
        <translation>Es gibt keine nicht gespeicherten Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Zuletzt geändert %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>%1 verwerfen</translation>
    </message>
</context>
<context>
    <name>ResponseBadRowList</name>
    <message>
        <source>Bad rows</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>No bad rows.</source>
        <translation>Keine fehlerhaften Zeilen.</translation>
    </message>
</context>
<context>
    <name>ResponseImportDialog</name>
    <message>
        <source>Import Survey Responses from “%1”</source>
        <translation>Umfrageantworten aus „%1“ importieren</translation>
    </message>
    <message>
        <source>Import Survey Responses</source>
        <translation>Umfrageantworten importieren</translation>
    </message>
    <message>
        <source>Import Survey Responses From</source>
        <translation>Umfrageantworten importieren aus</translation>
    </message>
    <message>
        <source>Survey responses (*.csv *.tsv *.txt)</source>
        <translation>Umfrageantworten (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Bad rows (%1)</source>
        <translation>Fehlerhafte Zeilen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Skip the %Ln bad row(s)</source>
        <translation>
            <numerusform>Die %Ln fehlerhafte Zeile überspringen</numerusform>
            <numerusform>Die %Ln fehlerhaften Zeilen überspringen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Choose a CSV or TSV file of survey responses (UTF-8, with a header line) to see its rows before anything is imported.</source>
        <translation>Wählen Sie eine CSV- oder TSV-Datei mit Umfrageantworten (UTF-8, mit Kopfzeile), um die Zeilen vor dem Import zu sehen.</translation>
    </message>
    <message>
        <source>Nothing to show: see the message below.</source>
        <translation>Nichts anzuzeigen: siehe Meldung unten.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>ResponseMappingPanel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Choose a metric…</source>
        <translation>Kennzahl auswählen…</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Niedrigste Bewertung</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Höchste Bewertung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>ResponsePreviewTable</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Compare revisions: %n field(s) differ</source>
        <translation>
            <numerusform>Versionen vergleichen: %n Feld unterscheidet sich</numerusform>
            <numerusform>Versionen vergleichen: %n Felder unterscheiden sich</numerusform>
        </translation>
    </message>
    <message>
        <source>Version on the left</source>
        <translation>Version links</translation>
    </message>
    <message>
        <source>Version on the right</source>
        <translation>Version rechts</translation>
    </message>
    <message>
        <source>Differences between the two versions</source>
        <translation>Unterschiede zwischen den beiden Versionen</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Revision summary</source>
        <translation>Zusammenfassung der Version</translation>
    </message>
    <message>
        <source>Why (research, data…)</source>
        <translation>Warum (Forschung, Daten…)</translation>
    </message>
    <message>
        <source>Revision reason</source>
        <translation>Grund der Version</translation>
    </message>
    <message>
        <source>Record revision</source>
        <translation>Version festhalten</translation>
    </message>
    <message>
        <source>No revision recorded yet. Record one when research changes what you know.</source>
        <translation>Noch keine Version festgehalten. Halten Sie eine fest, wenn Forschung Ihren Kenntnisstand ändert.</translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation>Mit jetzt vergleichen</translation>
    </message>
    <message>
        <source>Compare revision “%1” with the persona now</source>
        <translation>Version „%1“ mit der aktuellen Persona vergleichen</translation>
    </message>
    <message>
        <source>Compare with previous</source>
        <translation>Mit vorheriger vergleichen</translation>
    </message>
    <message>
        <source>Compare revision “%1” with the one before</source>
        <translation>Version „%1“ mit der vorherigen vergleichen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore revision “%1”</source>
        <translation>Version „%1“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RoundResultsDialog</name>
    <message>
        <source>Results: %1</source>
        <translation>Ergebnisse: %1</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Abstimmungsrunde</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 participants voted · %4 dots · %5 per participant</source>
        <translation>%1 · %2 von %3 Teilnehmenden haben abgestimmt · %4 Punkte · %5 pro Person</translation>
    </message>
    <message>
        <source>Moments by dots</source>
        <translation>Momente nach Punkten</translation>
    </message>
    <message>
        <source>Rank %1%2: %3, %4 dots</source>
        <translation>Rang %1%2: %3, %4 Punkte</translation>
    </message>
    <message>
        <source> (tie)</source>
        <translation> (gleichauf)</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (gleichauf)</translation>
    </message>
    <message>
        <source>No moment got a dot in this round.</source>
        <translation>In dieser Runde hat kein Moment einen Punkt erhalten.</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>Mark the top</source>
        <translation>Die ersten</translation>
    </message>
    <message>
        <source>How many of the top moments</source>
        <translation>Wie viele der bestplatzierten Momente</translation>
    </message>
    <message>
        <source>as moments that matter</source>
        <translation>als Momente der Wahrheit markieren</translation>
    </message>
    <message>
        <source>A tie at the last place includes every tied moment.</source>
        <translation>Bei Gleichstand auf dem letzten Platz zählen alle gleichplatzierten Momente dazu.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open Server Workspace</source>
        <translation>Server-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>A team workspace lives on a PostgreSQL server, where everyone who opens it sees the others&apos; edits as they are made. Its administrator gives you the address, your login and the password.</source>
        <translation>Ein Team-Arbeitsbereich liegt auf einem PostgreSQL-Server; wer ihn öffnet, sieht die Änderungen der anderen, sobald sie gemacht werden. Adresse, Anmeldename und Passwort erhalten Sie von seiner Administration.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>postgresql://you@server.example.org:5432/cx?sslmode=require</source>
        <translation>postgresql://sie@server.example.org:5432/cx?sslmode=require</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE, with options such as ?sslmode=require</source>
        <translation>postgresql://BENUTZER@HOST:PORT/DATENBANK, mit Optionen wie ?sslmode=require</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>The workspace&apos;s name on the server</source>
        <translation>Der Name des Arbeitsbereichs auf dem Server</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>Leer: aus ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Passwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>“%1” is open. %2</source>
        <translation>„%1“ ist geöffnet. %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ShellMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Open %1 from %2</source>
        <translation>%1 aus %2 öffnen</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Unsaved Workspaces…</source>
        <translation>Nicht &amp;gespeicherte Arbeitsbereiche…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Journeys</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Architecture</source>
        <translation>&amp;Architektur</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Kennzahlen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>Prä&amp;sentieren</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Einstellu&amp;ngen…</translation>
    </message>
    <message>
        <source>Open &amp;Server Workspace…</source>
        <translation>&amp;Server-Arbeitsbereich öffnen…</translation>
    </message>
</context>
<context>
    <name>SpotlightView</name>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message numerus="yes">
        <source>%n more moment(s) in this stage: O shows the whole map</source>
        <translation>
            <numerusform>%n weiterer Moment in dieser Phase: O zeigt die ganze Map</numerusform>
            <numerusform>%n weitere Momente in dieser Phase: O zeigt die ganze Map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageHeader</name>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <source>Stage actions</source>
        <translation>Aktionen der Phase</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Add stage before</source>
        <translation>Phase davor einfügen</translation>
    </message>
    <message>
        <source>Add stage after</source>
        <translation>Phase danach einfügen</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <source>Delete stage and its moments</source>
        <translation>Phase samt Momenten löschen</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open %1 from %2</source>
        <translation>%1 aus %2 öffnen</translation>
    </message>
    <message>
        <source>Start a new workspace, open one, or import workspace JSON or a Mermaid journey diagram. You can also drop a file on this window.</source>
        <translation>Legen Sie einen neuen Arbeitsbereich an, öffnen Sie einen oder importieren Sie Arbeitsbereich-JSON oder ein Mermaid-Journey-Diagramm. Sie können eine Datei auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Import workspace JSON or a Mermaid journey diagram</source>
        <translation>Arbeitsbereich-JSON oder Mermaid-Journey-Diagramm importieren</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <source>Start a voting round</source>
        <translation>Abstimmungsrunde starten</translation>
    </message>
    <message>
        <source>Which moments matter most?</source>
        <translation>Welche Momente sind am wichtigsten?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Question of the round</source>
        <translation>Frage der Runde</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <source>Count anonymously</source>
        <translation>Anonym zählen</translation>
    </message>
    <message>
        <source>Participants, one per line</source>
        <translation>Teilnehmende, eine Person pro Zeile</translation>
    </message>
    <message>
        <source>Ana (Marketing)
Ben (Sales)
Cleo (Service)</source>
        <translation>Ana (Marketing)
Ben (Vertrieb)
Cleo (Service)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Anzahl der Teilnehmenden</translation>
    </message>
    <message>
        <source>Hide the tally until the round ends</source>
        <translation>Zwischenstand bis zum Rundenende verbergen</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Abstimmung starten</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>TimerBadge</name>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Verbleibende Zeit %1</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>Countdown duration</source>
        <translation>Dauer des Countdowns</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <source>Moment title</source>
        <translation>Titel des Moments</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Keep “%1”?</source>
        <translation>„%1“ behalten?</translation>
    </message>
    <message>
        <source>This workspace has not been saved to a file. Keep it to find it again under File ▸ Unsaved Workspaces and the next time CX Atlas starts, or discard it for good.</source>
        <translation>Dieser Arbeitsbereich wurde nicht in einer Datei gespeichert. Behalten Sie ihn, um ihn unter Datei ▸ Nicht gespeicherte Arbeitsbereiche und beim nächsten Start von CX Atlas wiederzufinden, oder verwerfen Sie ihn endgültig.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n Persona</numerusform>
            <numerusform>%n Personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n Journey</numerusform>
            <numerusform>%n Journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n Moment</numerusform>
            <numerusform>%n Momente</numerusform>
        </translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Not saved to a file yet. Every change is kept; use Save As to name it.</source>
        <translation>Noch nicht in einer Datei gespeichert. Jede Änderung bleibt erhalten; mit „Speichern unter“ geben Sie ihm einen Namen.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Team workspace on %1 · %2</source>
        <translation>Team-Arbeitsbereich auf %1 · %2</translation>
    </message>
    <message>
        <source>Team workspace on %1 · offline</source>
        <translation>Team-Arbeitsbereich auf %1 · offline</translation>
    </message>
</context>
<context>
    <name>VoteBadge</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <source>Voting round %1</source>
        <translation>Abstimmungsrunde %1</translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation>Abstimmung: %1</translation>
    </message>
    <message>
        <source>Click a card to give it a dot, Shift+click to take one back; + and − or 0–9 on the selected card.</source>
        <translation>Klicken Sie auf eine Karte, um ihr einen Punkt zu geben, Umschalt+Klick nimmt ihn zurück; + und − oder 0–9 auf der ausgewählten Karte.</translation>
    </message>
    <message>
        <source>Hide tally</source>
        <translation>Zwischenstand verbergen</translation>
    </message>
    <message>
        <source>Keep the dots off the cards until the round ends, so early votes do not sway the room</source>
        <translation>Punkte bis zum Rundenende nicht auf den Karten zeigen, damit frühe Stimmen den Raum nicht beeinflussen</translation>
    </message>
    <message>
        <source>End round…</source>
        <translation>Runde beenden…</translation>
    </message>
    <message>
        <source>%1  %2/%3</source>
        <translation>%1  %2/%3</translation>
    </message>
    <message>
        <source>%1, %2 of %3 dots used</source>
        <translation>%1, %2 von %3 Punkten vergeben</translation>
    </message>
</context>
<context>
    <name>VotingTally</name>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>No voting round is running.</source>
        <translation>Es läuft keine Abstimmungsrunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) cast; the tally stays hidden until the round ends.</source>
        <translation>
            <numerusform>%n Punkt vergeben; der Zwischenstand bleibt bis zum Rundenende verborgen.</numerusform>
            <numerusform>%n Punkte vergeben; der Zwischenstand bleibt bis zum Rundenende verborgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) cast</source>
        <translation>
            <numerusform>%n Punkt vergeben</numerusform>
            <numerusform>%n Punkte vergeben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>WindowOpenDialog</name>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>CX Atlas workspaces (*.cxatlas)</source>
        <translation>CX-Atlas-Arbeitsbereiche (*.cxatlas)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>WindowSaveAsDialog</name>
    <message>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>CX Atlas workspaces (*.cxatlas)</source>
        <translation>CX-Atlas-Arbeitsbereiche (*.cxatlas)</translation>
    </message>
</context>
<context>
    <name>cx::AnalysisOutput</name>
    <message>
        <source>No gaps found.
</source>
        <translation>Keine Lücken gefunden.
</translation>
    </message>
    <message>
        <source>Gaps found: %1.
</source>
        <translation>Gefundene Lücken: %1.
</translation>
    </message>
    <message>
        <source>Moments (* a moment that matters; those first, then by importance):</source>
        <translation>Momente (* ein Moment der Wahrheit; diese zuerst, dann nach Wichtigkeit):</translation>
    </message>
    <message>
        <source>%1 (journey “%2”)</source>
        <translation>%1 (Journey „%2“)</translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation>Wichtigkeit %1</translation>
    </message>
    <message>
        <source>Elements that depend on it:</source>
        <translation>Davon abhängige Elemente:</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Journeys:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>Metrics it drives:</source>
        <translation>Davon getriebene Kennzahlen:</translation>
    </message>
</context>
<context>
    <name>cx::ArchitecturePainter</name>
    <message>
        <source>No owner</source>
        <translation>Ohne Verantwortliche</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
</context>
<context>
    <name>cx::ArchitectureView</name>
    <message>
        <source>Moments</source>
        <translation>Momente</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Storys</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Erlebnisse</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Neue Story</translation>
    </message>
    <message>
        <source>New experience</source>
        <translation>Neues Erlebnis</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Neuer Service</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Neuer Prozess</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Neues System</translation>
    </message>
    <message>
        <source>New data</source>
        <translation>Neue Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n Moment</numerusform>
            <numerusform>%n Momente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n Kennzahl</numerusform>
            <numerusform>%n Kennzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n Erkenntnis</numerusform>
            <numerusform>%n Erkenntnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n Chance</numerusform>
            <numerusform>%n Chancen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Insight · %1</source>
        <translation>Erkenntnis · %1</translation>
    </message>
    <message>
        <source>Opportunity · impact %1 · effort %2</source>
        <translation>Chance · Wirkung %1 · Aufwand %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ohne Verantwortliche</translation>
    </message>
    <message>
        <source>Moment, in %1</source>
        <translation>Moment, in %1</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Neue Kennzahl</translation>
    </message>
    <message>
        <source>New insight</source>
        <translation>Neue Erkenntnis</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Chance</translation>
    </message>
</context>
<context>
    <name>cx::BadResponseModel</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>cx::Changes</name>
    <message>
        <source>There is no record %1 in this workspace.</source>
        <translation>Datensatz %1 gibt es in diesem Arbeitsbereich nicht.</translation>
    </message>
    <message>
        <source>%1 “%2” already exists (id %3).</source>
        <extracomment>%1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>%1 „%2“ existiert bereits (ID %3).</translation>
    </message>
    <message>
        <source>%1 “%2” cannot change into a %3.</source>
        <extracomment>%1, %3: kinds of record, nouns (&quot;story&quot;, &quot;system&quot;); %2: the record&apos;s title</extracomment>
        <translation>%1 „%2“ kann nicht in den Typ %3 umgewandelt werden.</translation>
    </message>
    <message>
        <source>Moments can only move to a stage and lane of one journey.</source>
        <translation>Momente können nur in eine Phase und Ebene derselben Journey verschoben werden.</translation>
    </message>
    <message>
        <source>Moment “%1” belongs to another journey; copy it instead.</source>
        <translation>Moment „%1“ gehört zu einer anderen Journey; kopieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Only stages and lanes can be reordered.</source>
        <translation>Nur Phasen und Ebenen lassen sich umordnen.</translation>
    </message>
    <message>
        <source>Those two are not linked.</source>
        <translation>Diese beiden sind nicht verknüpft.</translation>
    </message>
    <message>
        <source>Moments can only go into a stage and lane of one journey.</source>
        <translation>Momente können nur in eine Phase und Ebene derselben Journey eingefügt werden.</translation>
    </message>
    <message>
        <source>Moment “%1” already exists.</source>
        <translation>Moment „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Only stages and lanes are placed this way.</source>
        <translation>Nur Phasen und Ebenen werden auf diese Weise platziert.</translation>
    </message>
</context>
<context>
    <name>cx::DataExport</name>
    <message>
        <source>There is no journey with id %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Journey mit der ID %1.</translation>
    </message>
    <message>
        <source>A Mermaid journey diagram holds one journey: choose one (this workspace has %1).</source>
        <translation>Ein Mermaid-Journey-Diagramm enthält genau eine Journey: Wählen Sie eine aus (dieser Arbeitsbereich hat %1).</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use %2.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie %2.</translation>
    </message>
</context>
<context>
    <name>cx::Database</name>
    <message>
        <source>“%1” is damaged: %2 returned nothing.</source>
        <translation>„%1“ ist beschädigt: %2 lieferte nichts.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2).</source>
        <translation>„%1“ ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace (not an SQLite database).</source>
        <translation>„%1“ ist kein CX-Atlas-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>“%1” is read-only; the change was not saved.</source>
        <translation>„%1“ ist schreibgeschützt; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full; the change was not saved.</source>
        <translation>Der Datenträger mit „%1“ ist voll; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is busy in another program; try again.</source>
        <translation>„%1“ wird von einem anderen Programm verwendet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” refused the change because it breaks a rule of the workspace (%2).</source>
        <translation>„%1“ hat die Änderung abgelehnt, weil sie eine Regel des Arbeitsbereichs verletzt (%2).</translation>
    </message>
    <message>
        <source>“%1” cannot be read or written (%2).</source>
        <translation>„%1“ kann nicht gelesen oder geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>“%1”: the database reported an error (%2).</source>
        <translation>„%1“: Die Datenbank meldete einen Fehler (%2).</translation>
    </message>
</context>
<context>
    <name>cx::DelimitedText</name>
    <message>
        <source>%1 is UTF-32 (little-endian); save it as UTF-8 and import again.</source>
        <translation>%1 ist UTF-32 (Little Endian); speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is UTF-32 (big-endian); save it as UTF-8 and import again.</source>
        <translation>%1 ist UTF-32 (Big Endian); speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (little-endian); save it as UTF-8 and import again.</source>
        <translation>%1 ist UTF-16 (Little Endian); speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (big-endian); save it as UTF-8 and import again.</source>
        <translation>%1 ist UTF-16 (Big Endian); speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is a workbook or an archive, not text; save it as CSV (UTF-8) and import again.</source>
        <translation>%1 ist eine Arbeitsmappe oder ein Archiv, kein Text; speichern Sie die Datei als CSV (UTF-8) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (little-endian) without a byte order mark; save it as UTF-8 and import again.</source>
        <translation>%1 ist UTF-16 (Little Endian) ohne Byte Order Mark; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (big-endian) without a byte order mark; save it as UTF-8 and import again.</source>
        <translation>%1 ist UTF-16 (Big Endian) ohne Byte Order Mark; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1, line %2: a zero byte; this is not a text file.</source>
        <translation>%1, Zeile %2: ein Nullbyte; dies ist keine Textdatei.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; save it as UTF-8 and import again.</source>
        <translation>%1 ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1, line %2, byte %3: 0x%4 is not UTF-8. The file looks like Windows-1252 or Latin-1, where 0x%4 is “%5”; save it as UTF-8 and import again.</source>
        <translation>%1, Zeile %2, Byte %3: 0x%4 ist kein UTF-8. Die Datei scheint Windows-1252 oder Latin-1 zu sein, wo 0x%4 für „%5“ steht; speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1, line %2, byte %3: 0x%4 is not valid UTF-8; save the file as UTF-8 and import again.</source>
        <translation>%1, Zeile %2, Byte %3: 0x%4 ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed.</source>
        <translation>ein in dieser Zeile geöffnetes Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds.</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (quote the whole field and double the quote).</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen).</translation>
    </message>
</context>
<context>
    <name>cx::Document</name>
    <message>
        <source>This workspace is open for reading only.</source>
        <translation>Dieser Arbeitsbereich ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>%1 „%2“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>%n Element hinzufügen</numerusform>
            <numerusform>%n Elemente hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>%1 „%2“ bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>%1 „%2“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n moment(s)</source>
        <translation>
            <numerusform>%n Moment verschieben</numerusform>
            <numerusform>%n Momente verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>%1 „%2“ verschieben</translation>
    </message>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation>„%1“ mit „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink “%1” from “%2”</source>
        <translation>Verknüpfung „%1“–„%2“ lösen</translation>
    </message>
    <message>
        <source>The workspace changed in a way this edit did not expect; it was not applied.</source>
        <translation>Der Arbeitsbereich hat sich unerwartet geändert; diese Bearbeitung wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Add moment “%1”</source>
        <translation>Moment „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n moment(s)</source>
        <translation>
            <numerusform>%n Moment hinzufügen</numerusform>
            <numerusform>%n Momente hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <extracomment>The summary of an undo in a team workspace&apos;s change log. %1: the undo step&apos;s text</extracomment>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>cx::ExportController</name>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Open a workspace to export it.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um ihn zu exportieren.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Zieldatei für den Export.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: choose PDF, SVG, PNG, JSON, CSV, GraphML, DOT, Mermaid or the CSV of votes.</source>
        <translation>Unbekanntes Format „%1“: Wählen Sie PDF, SVG, PNG, JSON, CSV, GraphML, DOT, Mermaid oder die CSV der Stimmen.</translation>
    </message>
</context>
<context>
    <name>cx::ExportStyle</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emotionen</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>Tactical</source>
        <translation>Taktisch</translation>
    </message>
</context>
<context>
    <name>cx::FileUpgrade</name>
    <message>
        <source>“%1” uses the older file format %2 and is read through an upgraded copy, which could not be made: %3.</source>
        <translation>„%1“ verwendet das ältere Dateiformat %2 und wird über eine aktualisierte Kopie gelesen, die nicht erstellt werden konnte: %3.</translation>
    </message>
    <message>
        <source>“%1” uses the older file format %2, and its upgraded copy could not be made: %3</source>
        <translation>„%1“ verwendet das ältere Dateiformat %2, und die aktualisierte Kopie konnte nicht erstellt werden: %3</translation>
    </message>
    <message>
        <source>A backup of “%1” could not be written as “%2”: %3.</source>
        <translation>Eine Sicherungskopie von „%1“ konnte nicht als „%2“ geschrieben werden: %3.</translation>
    </message>
</context>
<context>
    <name>cx::GapAnalysis</name>
    <message>
        <source>Moments that matter without a metric</source>
        <translation>Momente der Wahrheit ohne Kennzahl</translation>
    </message>
    <message>
        <source>Moments that matter without an owner</source>
        <translation>Momente der Wahrheit ohne Verantwortliche</translation>
    </message>
    <message>
        <source>Moments that matter without backstage support</source>
        <translation>Momente der Wahrheit ohne Backstage-Unterstützung</translation>
    </message>
    <message>
        <source>Elements linked to nothing</source>
        <translation>Mit nichts verknüpfte Elemente</translation>
    </message>
    <message>
        <source>Metrics that lead to no strategic metric</source>
        <translation>Kennzahlen ohne Bezug zu einer strategischen Kennzahl</translation>
    </message>
    <message>
        <source>Cycles among metrics</source>
        <translation>Zyklen zwischen Kennzahlen</translation>
    </message>
    <message>
        <source>Moment that matters “%1” (journey “%2”) has no metric: nothing measures it or an element it uses.</source>
        <translation>Moment der Wahrheit „%1“ (Journey „%2“) hat keine Kennzahl: Nichts misst ihn oder ein von ihm genutztes Element.</translation>
    </message>
    <message>
        <source>Moment that matters “%1” (journey “%2”) has no owner.</source>
        <translation>Moment der Wahrheit „%1“ (Journey „%2“) hat keine Verantwortlichen.</translation>
    </message>
    <message>
        <source>Moment that matters “%1” (journey “%2”) has no backstage support: it depends on no system, process or data.</source>
        <translation>Moment der Wahrheit „%1“ (Journey „%2“) hat keine Backstage-Unterstützung: Er hängt von keinem System, Prozess und keinen Daten ab.</translation>
    </message>
    <message>
        <source>%1 “%2” is linked to nothing.</source>
        <extracomment>%1: the kind of element, a noun (&quot;story&quot;, &quot;system&quot;…); %2: its title</extracomment>
        <translation>%1 „%2“ ist mit nichts verknüpft.</translation>
    </message>
    <message>
        <source>Metrics drive each other in a cycle: %1.</source>
        <translation>Kennzahlen treiben sich gegenseitig in einem Zyklus: %1.</translation>
    </message>
    <message>
        <source>The tactical metric “%1” leads to no strategic metric.</source>
        <translation>Die taktische Kennzahl „%1“ führt zu keiner strategischen Kennzahl.</translation>
    </message>
    <message>
        <source>The operational metric “%1” leads to no strategic metric.</source>
        <translation>Die operative Kennzahl „%1“ führt zu keiner strategischen Kennzahl.</translation>
    </message>
</context>
<context>
    <name>cx::ImageExport</name>
    <message>
        <source>Unknown view “%1”: use journey or architecture.</source>
        <translation>Unbekannte Ansicht „%1“: Verwenden Sie journey oder architecture.</translation>
    </message>
    <message>
        <source>The resolution must be between 1 and 2400 dpi, not %1.</source>
        <translation>Die Auflösung muss zwischen 1 und 2400 dpi liegen, nicht %1.</translation>
    </message>
    <message>
        <source>There is no journey with id %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Journey mit der ID %1.</translation>
    </message>
    <message>
        <source>This workspace has no journey to draw.</source>
        <translation>Dieser Arbeitsbereich hat keine Journey zum Zeichnen.</translation>
    </message>
    <message>
        <source>The picture would be too large at %1 dpi (more than %2 megapixels); choose a lower resolution.</source>
        <translation>Das Bild wäre bei %1 dpi zu groß (mehr als %2 Megapixel); wählen Sie eine niedrigere Auflösung.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CX architecture</source>
        <translation>CX-Architektur</translation>
    </message>
    <message>
        <source>Drawn by CX Atlas</source>
        <translation>Erstellt mit CX Atlas</translation>
    </message>
    <message>
        <source>Cannot draw the SVG picture into %1.</source>
        <translation>Die SVG-Grafik kann nicht in %1 gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>cx::ImpactAnalysis</name>
    <message>
        <source>Impact of %1 “%2”: moments %3 (%4 that matter), journeys %5, personas %6, elements %7, metrics %8.</source>
        <extracomment>%1: the kind of record, a noun (&quot;system&quot;); %2: its title; %3–%8: counts</extracomment>
        <translation>Auswirkungen von %1 „%2“: Momente %3 (%4 der Wahrheit), Journeys %5, Personas %6, Elemente %7, Kennzahlen %8.</translation>
    </message>
    <message>
        <source>%1 “%2” depends on “%3” (depth %4): %5</source>
        <extracomment>%1: the kind of record, a noun (&quot;moment&quot;); %2: its title; %3: the record analysed; %4: a number of steps; %5: the path, titles joined by arrows</extracomment>
        <translation>%1 „%2“ hängt ab von „%3“ (Tiefe %4): %5</translation>
    </message>
</context>
<context>
    <name>cx::ImportController</name>
    <message>
        <source>Mermaid journey diagram</source>
        <translation>Mermaid-Journey-Diagramm</translation>
    </message>
    <message>
        <source>Workspace JSON</source>
        <translation>Arbeitsbereich-JSON</translation>
    </message>
    <message>
        <source>Wait for the file being read to finish.</source>
        <translation>Warten Sie, bis die Datei fertig gelesen ist.</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Wählen Sie eine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nowhere to import to.</source>
        <translation>Es gibt kein Importziel.</translation>
    </message>
    <message>
        <source>Choose a file to import, and wait for it to be read.</source>
        <translation>Wählen Sie eine Datei zum Importieren und warten Sie, bis sie gelesen ist.</translation>
    </message>
    <message>
        <source>Open a workspace you can edit to merge into it, or import into a new workspace.</source>
        <translation>Öffnen Sie einen bearbeitbaren Arbeitsbereich, um die Daten dort zusammenzuführen, oder importieren Sie in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Writing the new workspace…</source>
        <translation>Der neue Arbeitsbereich wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n Persona</numerusform>
            <numerusform>%n Personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n Journey</numerusform>
            <numerusform>%n Journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n Ebene</numerusform>
            <numerusform>%n Ebenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n Moment</numerusform>
            <numerusform>%n Momente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experience(s)</source>
        <translation>
            <numerusform>%n Erlebnis</numerusform>
            <numerusform>%n Erlebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Service</numerusform>
            <numerusform>%n Services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n System</numerusform>
            <numerusform>%n Systeme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n Kennzahl</numerusform>
            <numerusform>%n Kennzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n Erkenntnis</numerusform>
            <numerusform>%n Erkenntnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n Chance</numerusform>
            <numerusform>%n Chancen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds nothing: all of it is in the workspace already.</source>
        <translation>Fügt nichts hinzu: Alles ist bereits im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Adds %1.</source>
        <translation>Fügt %1 hinzu.</translation>
    </message>
    <message>
        <source>Adds %1 and %2.</source>
        <translation>Fügt %1 und %2 hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already in the workspace stay as they are.</source>
        <translation>
            <numerusform>%n Datensatz ist bereits im Arbeitsbereich und bleibt unverändert.</numerusform>
            <numerusform>%n Datensätze sind bereits im Arbeitsbereich und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stor(ies)</source>
        <translation>
            <numerusform>%n Story</numerusform>
            <numerusform>%n Storys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting round(s)</source>
        <translation>
            <numerusform>%n Abstimmungsrunde</numerusform>
            <numerusform>%n Abstimmungsrunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parking-lot note(s)</source>
        <translation>
            <numerusform>%n Parkplatz-Notiz</numerusform>
            <numerusform>%n Parkplatz-Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of survey responses</source>
        <translation>
            <numerusform>%n Import von Umfrageantworten</numerusform>
            <numerusform>%n Importe von Umfrageantworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::JourneyCanvas</name>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>Phase 1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Add journey “%1”</source>
        <translation>Journey „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>New moment</source>
        <translation>Neuer Moment</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n moment(s)</source>
        <translation>
            <numerusform>%n Moment duplizieren</numerusform>
            <numerusform>%n Momente duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n moment(s)</source>
        <translation>
            <numerusform>%n Moment einfügen</numerusform>
            <numerusform>%n Momente einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Neue Ebene</translation>
    </message>
</context>
<context>
    <name>cx::JourneyPainter</name>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>Emotion curves:</source>
        <translation>Emotionskurven:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
</context>
<context>
    <name>cx::Labels</name>
    <message>
        <source>unknown</source>
        <comment>trend</comment>
        <extracomment>A metric&apos;s trend after the word &quot;trend&quot;: &quot;trend unknown&quot; (too few periods to tell)</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>rising</source>
        <extracomment>A metric&apos;s trend: its value is going up</extracomment>
        <translation>steigend</translation>
    </message>
    <message>
        <source>falling</source>
        <extracomment>A metric&apos;s trend: its value is going down</extracomment>
        <translation>fallend</translation>
    </message>
    <message>
        <source>flat</source>
        <extracomment>A metric&apos;s trend: no clear change</extracomment>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>week</source>
        <extracomment>The length of the periods values are given for, inside a sentence: &quot;values per week&quot;</extracomment>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <extracomment>The length of the periods values are given for, inside a sentence: &quot;values per month&quot;</extracomment>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <extracomment>The length of the periods values are given for, inside a sentence: &quot;values per quarter&quot;</extracomment>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>persona</source>
        <extracomment>The kind of a record, as a noun inside a sentence (lowercase in English), e.g. &quot;Add story “Card management”&quot;</extracomment>
        <translation>Persona</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>story</source>
        <extracomment>An element of the CX architecture: a user story (its layer is &quot;Stories&quot;)</extracomment>
        <translation>Story</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>Erlebnis</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>data</source>
        <extracomment>An element of the CX architecture: a data object (its layer is &quot;Data&quot;)</extracomment>
        <translation>Daten</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>voting round</source>
        <translation>Abstimmungsrunde</translation>
    </message>
    <message>
        <source>parking-lot note</source>
        <translation>Parkplatz-Notiz</translation>
    </message>
    <message>
        <source>import of survey responses</source>
        <extracomment>One import of survey responses into a metric</extracomment>
        <translation>Import von Umfrageantworten</translation>
    </message>
    <message>
        <source>Personas</source>
        <extracomment>A heading over records of one kind</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momente</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Storys</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Erlebnisse</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Voting rounds</source>
        <translation>Abstimmungsrunden</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Imports of survey responses</source>
        <translation>Importe von Umfrageantworten</translation>
    </message>
    <message>
        <source>Retention</source>
        <extracomment>A kind of metric</extracomment>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Social value</source>
        <extracomment>A kind of metric</extracomment>
        <translation>Sozialer Wert</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>metric kind</comment>
        <extracomment>A kind of metric: one the team defines</extracomment>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>strategic</source>
        <extracomment>The level of a metric, as an adjective inside a sentence (lowercase in English)</extracomment>
        <translation>strategisch</translation>
    </message>
    <message>
        <source>operational</source>
        <extracomment>The level of a metric, as an adjective inside a sentence (lowercase in English)</extracomment>
        <translation>operativ</translation>
    </message>
    <message>
        <source>tactical</source>
        <extracomment>The level of a metric, as an adjective inside a sentence (lowercase in English)</extracomment>
        <translation>taktisch</translation>
    </message>
    <message>
        <source>higher is better</source>
        <extracomment>Which way a metric should move, inside a sentence, e.g. &quot;target 40 (higher is better)&quot;</extracomment>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <extracomment>Which way a metric should move, inside a sentence, e.g. &quot;target 2 (lower is better)&quot;</extracomment>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>uses</source>
        <extracomment>A relation of the CX architecture, read from its source: &quot;moment uses system&quot;</extracomment>
        <translation>nutzt</translation>
    </message>
    <message>
        <source>depends on</source>
        <extracomment>A relation of the CX architecture: &quot;service depends on process&quot;</extracomment>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>measures</source>
        <extracomment>A relation of the CX architecture: &quot;metric measures moment&quot;</extracomment>
        <translation>misst</translation>
    </message>
    <message>
        <source>drives</source>
        <extracomment>A relation of the CX architecture: &quot;tactical metric drives operational metric&quot;</extracomment>
        <translation>treibt</translation>
    </message>
    <message>
        <source>explains</source>
        <extracomment>A relation of the CX architecture: &quot;insight explains moment&quot;</extracomment>
        <translation>erklärt</translation>
    </message>
    <message>
        <source>improves</source>
        <extracomment>A relation of the CX architecture: &quot;opportunity improves moment&quot;</extracomment>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>follows</source>
        <extracomment>A relation: &quot;persona follows journey&quot; (the journey is mapped for the persona)</extracomment>
        <translation>folgt</translation>
    </message>
    <message>
        <source>opens journey</source>
        <extracomment>A relation: &quot;moment opens journey&quot; (the detailed journey behind a moment)</extracomment>
        <translation>öffnet die Journey</translation>
    </message>
    <message>
        <source>nps</source>
        <extracomment>A survey answer scale, followed by its range: &quot;nps (0–10)&quot;</extracomment>
        <translation>NPS</translation>
    </message>
    <message>
        <source>csat</source>
        <extracomment>A survey answer scale, followed by its range: &quot;csat (1–5)&quot;</extracomment>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>ces</source>
        <extracomment>A survey answer scale, followed by its range: &quot;ces (1–5)&quot; or &quot;ces (1–7)&quot;</extracomment>
        <translation>CES</translation>
    </message>
    <message>
        <source>custom</source>
        <comment>scale</comment>
        <extracomment>A survey answer scale the team defines, followed by its range: &quot;custom (0–100)&quot;</extracomment>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <source>survey</source>
        <extracomment>Where a persona&apos;s evidence comes from, inside a sentence (lowercase in English)</extracomment>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>CRM</source>
        <extracomment>Customer relationship management (system)</extracomment>
        <translation>CRM</translation>
    </message>
    <message>
        <source>social listening</source>
        <translation>Social Listening</translation>
    </message>
    <message>
        <source>other</source>
        <comment>evidence source</comment>
        <extracomment>Another source of a persona&apos;s evidence</extracomment>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>cx::LinkEditor</name>
    <message>
        <source>uses</source>
        <translation>nutzt</translation>
    </message>
    <message>
        <source>used by</source>
        <translation>genutzt von</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>needed by</source>
        <translation>benötigt von</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>misst</translation>
    </message>
    <message>
        <source>measured by</source>
        <translation>gemessen von</translation>
    </message>
    <message>
        <source>drives</source>
        <translation>treibt</translation>
    </message>
    <message>
        <source>driven by</source>
        <translation>getrieben von</translation>
    </message>
    <message>
        <source>explains</source>
        <translation>erklärt</translation>
    </message>
    <message>
        <source>explained by</source>
        <translation>erklärt durch</translation>
    </message>
    <message>
        <source>improves</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>improved by</source>
        <translation>verbessert durch</translation>
    </message>
    <message>
        <source>“%1” cannot be linked to “%2”: no relation of the CX architecture joins a %3 and a %4.</source>
        <extracomment>%1, %2: titles; %3, %4: their kinds of record, nouns (&quot;story&quot;, &quot;metric&quot;)</extracomment>
        <translation>„%1“ kann nicht mit „%2“ verknüpft werden: Keine Beziehung der CX-Architektur verbindet %3 und %4.</translation>
    </message>
</context>
<context>
    <name>cx::LiveServer</name>
    <message>
        <source>The participants&apos; session is running already.</source>
        <translation>Die Sitzung für Teilnehmende läuft bereits.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Participants cannot join: this workspace is read-only, so their votes and notes could not be saved.</source>
        <translation>Teilnehmende können nicht dazukommen: Dieser Arbeitsbereich ist schreibgeschützt, ihre Stimmen und Notizen könnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot accept participants on %1: %2</source>
        <translation>Auf %1 können keine Teilnehmenden angenommen werden: %2</translation>
    </message>
    <message>
        <source>The facilitator ended the session.</source>
        <translation>Die Moderation hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>The participants&apos; session is not running.</source>
        <translation>Die Sitzung für Teilnehmende läuft nicht.</translation>
    </message>
</context>
<context>
    <name>cx::LiveSession</name>
    <message>
        <source>The facilitator ended the session.</source>
        <translation>Die Moderation hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>No participant “%1” in this session.</source>
        <translation>Keine teilnehmende Person „%1“ in dieser Sitzung.</translation>
    </message>
    <message>
        <source>an anonymous participant</source>
        <translation>eine anonyme teilnehmende Person</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and their %n dot(s)</source>
        <translation>
            <numerusform>%1 und den %n Punkt der Person entfernen</numerusform>
            <numerusform>%1 und die %n Punkte der Person entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmende(r) %1</translation>
    </message>
    <message>
        <source>%1: dot on “%2”</source>
        <translation>%1: Punkt auf „%2“</translation>
    </message>
    <message>
        <source>%1: dot taken from “%2”</source>
        <translation>%1: Punkt von „%2“ zurückgenommen</translation>
    </message>
    <message>
        <source>From an anonymous participant</source>
        <translation>Von einer anonymen teilnehmenden Person</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>An anonymous participant</source>
        <translation>Eine anonyme teilnehmende Person</translation>
    </message>
    <message>
        <source>%1: note “%2”</source>
        <translation>%1: Notiz „%2“</translation>
    </message>
</context>
<context>
    <name>cx::MeasurementModel</name>
    <message>
        <source>“%1” is not a date: write 2025-01-31 or %2.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie 2025-01-31 oder %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>cx::MeasurementPaste</name>
    <message>
        <source>Line %1 (“%2”) needs a date and a value separated by a tab.</source>
        <translation>Zeile %1 („%2“) braucht ein Datum und einen Wert, getrennt durch einen Tabulator.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date (write 2025-01-31 or %3).</source>
        <translation>Zeile %1: „%2“ ist kein Datum (schreiben Sie 2025-01-31 oder %3).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a number.</source>
        <translation>Zeile %1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>There are no rows to paste: copy a date and a value, separated by a tab, on each line.</source>
        <translation>Es gibt keine Zeilen zum Einfügen: Kopieren Sie in jeder Zeile ein Datum und einen Wert, getrennt durch einen Tabulator.</translation>
    </message>
</context>
<context>
    <name>cx::MermaidJourney</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>more than %1 lines.</source>
        <translation>mehr als %1 Zeilen.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>expected “journey” to start the diagram.</source>
        <translation>„journey“ am Anfang des Diagramms erwartet.</translation>
    </message>
    <message>
        <source>expected “accTitle: text”.</source>
        <translation>„accTitle: text“ erwartet.</translation>
    </message>
    <message>
        <source>“accDescr {” is not closed with “}”.</source>
        <translation>„accDescr {“ wird nicht mit „}“ geschlossen.</translation>
    </message>
    <message>
        <source>expected “accDescr: text” or “accDescr {”.</source>
        <translation>„accDescr: text“ oder „accDescr {“ erwartet.</translation>
    </message>
    <message>
        <source>expected a task “name: score: actors”, a section, a title, accTitle, accDescr or a %% comment.</source>
        <translation>erwartet: eine Aufgabe „name: score: actors“, eine section, ein title, accTitle, accDescr oder ein %%-Kommentar.</translation>
    </message>
    <message>
        <source>the score “%1” is not a whole number from 1 to 5.</source>
        <translation>die Bewertung „%1“ ist keine ganze Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>expected “journey” to start the diagram; the file is empty.</source>
        <translation>„journey“ am Anfang des Diagramms erwartet; die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>cx::MetricFactsCache</name>
    <message>
        <source>no trend yet</source>
        <translation>noch kein Trend</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>gleichbleibend</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n Quartal</numerusform>
            <numerusform>%n Quartale</numerusform>
        </translation>
    </message>
    <message>
        <source>r = %1 over %2, correlation, not cause</source>
        <translation>r = %1 über %2, Korrelation, keine Ursache</translation>
    </message>
</context>
<context>
    <name>cx::MetricTreeModel</name>
    <message>
        <source>also under %1</source>
        <translation>auch unter %1</translation>
    </message>
    <message>
        <source>Strategic goals</source>
        <translation>Strategische Ziele</translation>
    </message>
    <message>
        <source>Not driving a strategic goal</source>
        <translation>Treibt kein strategisches Ziel</translation>
    </message>
</context>
<context>
    <name>cx::MetricsReport</name>
    <message numerus="yes">
        <source>%n metric(s), values per %1</source>
        <extracomment>%1: the length of the periods: &quot;week&quot;, &quot;month&quot; or &quot;quarter&quot;</extracomment>
        <translation>
            <numerusform>%n Kennzahl, Werte pro %1</numerusform>
            <numerusform>%n Kennzahlen, Werte pro %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation>noch keine Werte</translation>
    </message>
    <message>
        <source>latest %1: %2 %3</source>
        <translation>zuletzt %1: %2 %3</translation>
    </message>
    <message>
        <source> (95% interval %1 to %2)</source>
        <translation> (95-%-Intervall %1 bis %2)</translation>
    </message>
    <message numerus="yes">
        <source>, %n response(s)</source>
        <translation>
            <numerusform>, %n Antwort</numerusform>
            <numerusform>, %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n measurement(s)</source>
        <translation>
            <numerusform>, %n Messwert</numerusform>
            <numerusform>, %n Messwerte</numerusform>
        </translation>
    </message>
    <message>
        <source>, small sample</source>
        <translation>, kleine Stichprobe</translation>
    </message>
    <message>
        <source>target %1 (%2)</source>
        <extracomment>%1: the target value; %2: which way is good: &quot;higher is better&quot; or &quot;lower is better&quot;</extracomment>
        <translation>Zielwert %1 (%2)</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Zielwert</translation>
    </message>
    <message numerus="yes">
        <source>  driven by %1: r = %2 over %n period(s), p = %3 (correlation, not cause)
</source>
        <translation>
            <numerusform>  getrieben von %1: r = %2 über %n Zeitraum, p = %3 (Korrelation, keine Ursache)
</numerusform>
            <numerusform>  getrieben von %1: r = %2 über %n Zeiträume, p = %3 (Korrelation, keine Ursache)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  driven by %1: too few common periods for a correlation (%2 of 6)
</source>
        <translation>  getrieben von %1: zu wenige gemeinsame Zeiträume für eine Korrelation (%2 von 6)
</translation>
    </message>
    <message>
        <source>  %1: %2, trend %3
</source>
        <extracomment>%1: the target (or &quot;no target&quot;); %2: the status (&quot;On track&quot;); %3: the trend (&quot;rising&quot;, &quot;unknown&quot;)</extracomment>
        <translation>  %1: %2, Trend %3
</translation>
    </message>
</context>
<context>
    <name>cx::MetricsView</name>
    <message>
        <source>Strategic</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>Tactical</source>
        <translation>Taktisch</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erlebnis</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) − % detractors (0–6) per %1, from %2 responses</source>
        <translation>NPS: % Promotoren (9–10) − % Detraktoren (0–6) pro %1, aus %2 Antworten</translation>
    </message>
    <message>
        <source>CSAT: share of answers 4–5 on 1–5 per %1, from %2 responses</source>
        <translation>CSAT: Anteil der Antworten 4–5 auf 1–5 pro %1, aus %2 Antworten</translation>
    </message>
    <message>
        <source>CES: mean effort per %1, from %2 responses</source>
        <translation>CES: mittlerer Aufwand pro %1, aus %2 Antworten</translation>
    </message>
    <message>
        <source>mean of the responses in each %1, from %2 responses</source>
        <translation>Mittelwert der Antworten je %1, aus %2 Antworten</translation>
    </message>
    <message>
        <source>no measurements yet: add them below or paste them from a spreadsheet</source>
        <translation>noch keine Messwerte: Fügen Sie sie unten hinzu oder aus einer Tabellenkalkulation ein</translation>
    </message>
    <message numerus="yes">
        <source>mean of the measurements in each %1, from %n measurement(s)</source>
        <translation>
            <numerusform>Mittelwert der Messwerte je %1, aus %n Messwert</numerusform>
            <numerusform>Mittelwert der Messwerte je %1, aus %n Messwerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n Kennzahl</numerusform>
            <numerusform>%n Kennzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching: %1 of %n metric(s)</source>
        <translation>
            <numerusform>Treffer: %1 von %n Kennzahl</numerusform>
            <numerusform>Treffer: %1 von %n Kennzahlen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; a %1 without responses takes the mean of its measurements</source>
        <translation>; ohne Antworten gilt je %1 der Mittelwert der Messwerte</translation>
    </message>
</context>
<context>
    <name>cx::MomentClipboard</name>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Die Zwischenablage ist leer.</translation>
    </message>
    <message>
        <source>The moments on the clipboard cannot be read (%1).</source>
        <translation>Die Momente in der Zwischenablage können nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The clipboard holds %1 moments; paste up to %2 at once.</source>
        <translation>Die Zwischenablage enthält %1 Momente; fügen Sie höchstens %2 auf einmal ein.</translation>
    </message>
    <message>
        <source>The clipboard holds no moments.</source>
        <translation>Die Zwischenablage enthält keine Momente.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 lines; paste up to %1 at once.</source>
        <translation>Die Zwischenablage enthält mehr als %1 Zeilen; fügen Sie höchstens %1 auf einmal ein.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
    </message>
</context>
<context>
    <name>cx::MomentMatcher</name>
    <message>
        <source>no moment has the id or title “%1”</source>
        <translation>kein Moment hat die ID oder den Titel „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) have the title “%1”; name the moment by its id</source>
        <translation>
            <numerusform>%n Moment hat den Titel „%1“; geben Sie den Moment über seine ID an</numerusform>
            <numerusform>%n Momente haben den Titel „%1“; geben Sie den Moment über seine ID an</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::MomentsCsv</name>
    <message>
        <source>line %1: a quote inside an unquoted field.</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote.</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed.</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>cx::NodeCodec</name>
    <message>
        <source>it was written by a newer CX Atlas (codec version %1)</source>
        <translation>Er wurde von einer neueren Version von CX Atlas geschrieben (Codec-Version %1)</translation>
    </message>
    <message>
        <source>codec version 0 does not exist</source>
        <translation>Codec-Version 0 gibt es nicht</translation>
    </message>
    <message>
        <source>“%1” is not an architecture kind</source>
        <translation>„%1“ ist kein Typ der CX-Architektur</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>unbekannter Typ %1</translation>
    </message>
    <message>
        <source>it is not a CX Atlas record</source>
        <translation>Er ist kein CX-Atlas-Datensatz</translation>
    </message>
    <message>
        <source>The record cannot be read: %1.</source>
        <translation>Der Datensatz kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The record is damaged: %1.</source>
        <translation>Der Datensatz ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>The change set cannot be read: %1.</source>
        <translation>Der Änderungssatz kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The change set is damaged: %1.</source>
        <translation>Der Änderungssatz ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>it is not a CX Atlas change set</source>
        <translation>Er ist kein CX-Atlas-Änderungssatz</translation>
    </message>
    <message>
        <source>record %1 has an unknown form %2</source>
        <translation>Datensatz %1 hat eine unbekannte Form %2</translation>
    </message>
    <message>
        <source>Record %1 of the change set is damaged: %2.</source>
        <translation>Datensatz %1 des Änderungssatzes ist beschädigt: %2.</translation>
    </message>
</context>
<context>
    <name>cx::NodeStreamReader</name>
    <message numerus="yes">
        <source>%n unexpected byte(s) after its end</source>
        <translation>
            <numerusform>%n unerwartetes Byte nach seinem Ende</numerusform>
            <numerusform>%n unerwartete Bytes nach seinem Ende</numerusform>
        </translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>Er endet zu früh</translation>
    </message>
    <message>
        <source>%1 is not a yes or no</source>
        <translation>%1 ist weder Ja noch Nein</translation>
    </message>
    <message>
        <source>a text of %1 characters is too long</source>
        <translation>Ein Text mit %1 Zeichen ist zu lang</translation>
    </message>
    <message>
        <source>a field of %1 bytes is too long</source>
        <translation>Ein Feld mit %1 Byte ist zu lang</translation>
    </message>
    <message>
        <source>day %1 is not a date</source>
        <translation>Tag %1 ist kein Datum</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 ist keine Uhrzeit</translation>
    </message>
    <message numerus="yes">
        <source>it claims %1 items but only %n byte(s) follow</source>
        <translation>
            <numerusform>Er gibt %1 Einträge an, aber es folgt nur %n Byte</numerusform>
            <numerusform>Er gibt %1 Einträge an, aber es folgen nur %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown value “%1”</source>
        <translation>unbekannter Wert „%1“</translation>
    </message>
</context>
<context>
    <name>cx::ParticipantListModel</name>
    <message>
        <source>Anonymous %1</source>
        <translation>Anonym %1</translation>
    </message>
</context>
<context>
    <name>cx::ParticipantsController</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This computer only (for a trial)</source>
        <translation>Nur dieser Computer (zum Ausprobieren)</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Open a journey first: participants vote and add notes on the journey the map shows.</source>
        <translation>Öffnen Sie zuerst eine Journey: Die Teilnehmenden stimmen über die Journey ab, die die Karte zeigt, und fügen ihr Notizen hinzu.</translation>
    </message>
    <message>
        <source>Choose the network participants are on.</source>
        <translation>Wählen Sie das Netzwerk der Teilnehmenden.</translation>
    </message>
    <message>
        <source>No session runs.</source>
        <translation>Es läuft keine Sitzung.</translation>
    </message>
</context>
<context>
    <name>cx::PdfExport</name>
    <message numerus="yes">
        <source> (%n pages)</source>
        <translation>
            <numerusform> (%n Seite)</numerusform>
            <numerusform> (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown page size “%1”: use A4, A3, Letter or Tabloid.</source>
        <translation>Unbekanntes Seitenformat „%1“: Verwenden Sie A4, A3, Letter oder Tabloid.</translation>
    </message>
    <message>
        <source>Unknown orientation “%1”: use portrait or landscape.</source>
        <translation>Unbekannte Ausrichtung „%1“: Verwenden Sie portrait oder landscape.</translation>
    </message>
    <message>
        <source>Unknown journey layout “%1”: use fit (one page each) or tile.</source>
        <translation>Unbekanntes Journey-Layout „%1“: Verwenden Sie fit (je eine Seite) oder tile.</translation>
    </message>
    <message>
        <source>The tile scale must be between 0.05 and 10 points per unit.</source>
        <translation>Der Kachelmaßstab muss zwischen 0,05 und 10 Punkten pro Einheit liegen.</translation>
    </message>
    <message>
        <source>The tile overlap must be between 0 and 144 points.</source>
        <translation>Die Kachelüberlappung muss zwischen 0 und 144 Punkten liegen.</translation>
    </message>
    <message>
        <source>There is no journey with id %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Journey mit der ID %1.</translation>
    </message>
    <message>
        <source>Nothing to export: choose at least one part of the document.</source>
        <translation>Nichts zu exportieren: Wählen Sie mindestens einen Teil des Dokuments.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot start a PDF in %1.</source>
        <translation>In %1 kann kein PDF angelegt werden.</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The preview width must be between 1 and 8000 pixels.</source>
        <translation>Die Vorschaubreite muss zwischen 1 und 8000 Pixeln liegen.</translation>
    </message>
    <message>
        <source>CX Atlas workspace</source>
        <translation>CX-Atlas-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3 × %4 pages)</source>
        <translation>Zeile %1, Spalte %2 (%3 × %4 Seiten)</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>No gaps: every moment that matters is measured, owned and supported.</source>
        <translation>Keine Lücken: Jeder Moment der Wahrheit wird gemessen, hat Verantwortliche und Unterstützung.</translation>
    </message>
    <message>
        <source>Metrics, from strategic goals down to what drives them</source>
        <translation>Kennzahlen, von den strategischen Zielen bis zu ihren Treibern</translation>
    </message>
    <message>
        <source>No metrics yet.</source>
        <translation>Noch keine Kennzahlen.</translation>
    </message>
    <message>
        <source>latest %1%2 (%3)</source>
        <translation>zuletzt %1%2 (%3)</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <source>leads to no strategic goal</source>
        <translation>führt zu keinem strategischen Ziel</translation>
    </message>
    <message>
        <source>Cycle: %1</source>
        <translation>Zyklus: %1</translation>
    </message>
    <message>
        <source> (future state)</source>
        <translation> (Soll-Zustand)</translation>
    </message>
    <message>
        <source> (current state)</source>
        <translation> (Ist-Zustand)</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Journey: %1</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>CX architecture: %1</source>
        <translation>CX-Architektur: %1</translation>
    </message>
    <message>
        <source>%1 personas · %2 journeys · %3 moments · %4 architecture elements · %5 metrics</source>
        <translation>%1 Personas · %2 Journeys · %3 Momente · %4 Architekturelemente · %5 Kennzahlen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>→ col. %1</source>
        <translation>→ Sp. %1</translation>
    </message>
    <message>
        <source>↓ row %1</source>
        <translation>↓ Z. %1</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Nothing to export: the parts chosen have no pages for this workspace.</source>
        <translation>Nichts zu exportieren: Die gewählten Teile ergeben für diesen Arbeitsbereich keine Seiten.</translation>
    </message>
    <message>
        <source>An empty part name in “%1”: use %2, separated by commas.</source>
        <translation>Leerer Teilname in „%1“: Verwenden Sie %2, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Unknown part “%1”: use %2.</source>
        <translation>Unbekannter Teil „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Summary: gaps, metrics, elements, insights and opportunities</source>
        <translation>Zusammenfassung: Lücken, Kennzahlen, Elemente, Erkenntnisse und Chancen</translation>
    </message>
    <message>
        <source>: no linked stories, services, systems, processes, data or metrics</source>
        <translation>: keine verknüpften Storys, Services, Systeme, Prozesse, Daten oder Kennzahlen</translation>
    </message>
    <message>
        <source>moment %1 of the %2 with links</source>
        <translation>Moment %1 von %2 mit Verknüpfungen</translation>
    </message>
    <message>
        <source>moments %1–%2 of the %3 with links</source>
        <translation>Momente %1–%2 von %3 mit Verknüpfungen</translation>
    </message>
    <message numerus="yes">
        <source>; %n without links not shown</source>
        <translation>
            <numerusform>; %n ohne Verknüpfungen nicht gezeigt</numerusform>
            <numerusform>; %n ohne Verknüpfungen nicht gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary (continued)</source>
        <translation>Zusammenfassung (Fortsetzung)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Architecture elements, and what uses them</source>
        <translation>Architekturelemente und was sie nutzt</translation>
    </message>
    <message>
        <source>No stories, experiences, services, systems, processes or data yet.</source>
        <translation>Noch keine Storys, Erlebnisse, Services, Systeme, Prozesse oder Daten.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ohne Verantwortliche</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>value %1, rank %2 of %3 systems and processes</source>
        <translation>Wert %1, Rang %2 von %3 Systemen und Prozessen</translation>
    </message>
    <message numerus="yes">
        <source>used by %n moment(s): %1</source>
        <translation>
            <numerusform>genutzt von %n Moment: %1</numerusform>
            <numerusform>genutzt von %n Momenten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) depend on it: %1</source>
        <translation>
            <numerusform>%n Element hängt davon ab: %1</numerusform>
            <numerusform>%n Elemente hängen davon ab: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing uses it</source>
        <translation>nichts nutzt es</translation>
    </message>
    <message>
        <source>Insights, by the value of the moments they explain</source>
        <translation>Erkenntnisse, nach dem Wert der Momente, die sie erklären</translation>
    </message>
    <message>
        <source>No insights yet.</source>
        <translation>Noch keine Erkenntnisse.</translation>
    </message>
    <message numerus="yes">
        <source>explains %n moment(s), value %1</source>
        <translation>
            <numerusform>erklärt %n Moment, Wert %1</numerusform>
            <numerusform>erklärt %n Momente, Wert %1</numerusform>
        </translation>
    </message>
    <message>
        <source>explains no moment yet</source>
        <translation>erklärt noch keinen Moment</translation>
    </message>
    <message>
        <source>Opportunities, ranked by impact × value ÷ effort</source>
        <translation>Chancen, sortiert nach Wirkung × Wert ÷ Aufwand</translation>
    </message>
    <message>
        <source>No opportunities yet.</source>
        <translation>Noch keine Chancen.</translation>
    </message>
    <message numerus="yes">
        <source>score %1 · impact %2 · effort %3 · improves %n moment(s), value %4</source>
        <translation>
            <numerusform>Score %1 · Wirkung %2 · Aufwand %3 · verbessert %n Moment, Wert %4</numerusform>
            <numerusform>Score %1 · Wirkung %2 · Aufwand %3 · verbessert %n Momente, Wert %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop results: %1 (%2)</source>
        <translation>Workshop-Ergebnisse: %1 (%2)</translation>
    </message>
    <message>
        <source>Voting round “%1” on %2: still running, no results yet</source>
        <translation>Abstimmungsrunde „%1“ (%2): läuft noch, noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>%1, %2–%3 UTC</source>
        <translation>%1, %2–%3 UTC</translation>
    </message>
    <message>
        <source>%1, %2 UTC to %3, %4 UTC</source>
        <translation>%1, %2 UTC bis %3, %4 UTC</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmende(r) %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>gleichauf</translation>
    </message>
    <message>
        <source>moment that matters</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per participant</source>
        <translation>
            <numerusform>%n Punkt pro Person</numerusform>
            <numerusform>%n Punkte pro Person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous participant(s)</source>
        <translation>
            <numerusform>%n anonyme(r) Teilnehmende(r)</numerusform>
            <numerusform>%n anonyme Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmende(r)</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voted</source>
        <translation>
            <numerusform>%n hat abgestimmt</numerusform>
            <numerusform>%n haben abgestimmt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) given</source>
        <translation>
            <numerusform>%1 von %n Punkt vergeben</numerusform>
            <numerusform>%1 von %n Punkten vergeben</numerusform>
        </translation>
    </message>
    <message>
        <source>the tally was hidden until the round ended</source>
        <translation>der Zwischenstand war bis zum Rundenende verborgen</translation>
    </message>
    <message>
        <source>None of the ranked moments is marked as a moment that matters.</source>
        <translation>Keiner der platzierten Momente ist als Moment der Wahrheit markiert.</translation>
    </message>
    <message>
        <source>Marked as moments that matter: %1.</source>
        <translation>Als Momente der Wahrheit markiert: %1.</translation>
    </message>
    <message>
        <source>Moments by dots</source>
        <translation>Momente nach Punkten</translation>
    </message>
    <message>
        <source>No dots were given in this round.</source>
        <translation>In dieser Runde wurden keine Punkte vergeben.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>Nobody was named or seated in this round.</source>
        <translation>In dieser Runde wurde niemand namentlich erfasst oder gezählt.</translation>
    </message>
    <message>
        <source>Workshop results: %1</source>
        <translation>Workshop-Ergebnisse: %1</translation>
    </message>
    <message>
        <source>Workshop results: %1 (continued)</source>
        <translation>Workshop-Ergebnisse: %1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>Strategic goals first, the metrics that drive them indented below. Latest: the value of the last %1 with data. Sample: n and the 95% interval where the values came from survey responses, else the number of measurements. Status compares the latest value with the target; the trend is the slope of the last six values, rising or falling only where it is clear of noise.</source>
        <extracomment>%1: the length of the periods: &quot;week&quot;, &quot;month&quot; or &quot;quarter&quot;</extracomment>
        <translation>Zuerst die strategischen Ziele, darunter eingerückt die Kennzahlen, die sie treiben. Zuletzt: der jüngste Wert mit Daten (ein Wert pro %1). Stichprobe: n und das 95-%-Intervall, wenn die Werte aus Umfrageantworten stammen, sonst die Anzahl der Messwerte. Der Status vergleicht den letzten Wert mit dem Zielwert; der Trend ist die Steigung der letzten sechs Werte, steigend oder fallend nur, wo er sich klar vom Rauschen abhebt.</translation>
    </message>
    <message>
        <source>Cycles: metrics that drive each other round in a circle</source>
        <translation>Zyklen: Kennzahlen, die sich gegenseitig im Kreis treiben</translation>
    </message>
    <message>
        <source>↻ cycle: it drives %1, above it in this branch</source>
        <translation>↻ Zyklus: treibt %1, weiter oben in diesem Zweig</translation>
    </message>
    <message>
        <source>◆ also under %1</source>
        <translation>◆ auch unter %1</translation>
    </message>
    <message>
        <source>what drives it is shown at its first place above</source>
        <translation>ihre Treiber stehen an ihrer ersten Stelle weiter oben</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>95%: %1 to %2</source>
        <translation>95 %: %1 bis %2</translation>
    </message>
    <message>
        <source>small sample</source>
        <translation>kleine Stichprobe</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n Messwert</numerusform>
            <numerusform>%n Messwerte</numerusform>
        </translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation>noch keine Werte</translation>
    </message>
    <message>
        <source>No values yet, so no chart</source>
        <translation>Noch keine Werte, daher kein Diagramm</translation>
    </message>
    <message>
        <source>%1: no values yet · target %2 · add measurements or import survey responses</source>
        <translation>%1: noch keine Werte · Zielwert %2 · Messwerte hinzufügen oder Umfrageantworten importieren</translation>
    </message>
    <message>
        <source>For each Drives link, Pearson&apos;s r between the driver&apos;s and the driven metric&apos;s values over the %1 both have, and p, the two-sided p-value of r ≠ 0; a figure needs at least %2 common %1. A correlation, not a cause: two metrics can move together for other reasons.</source>
        <translation>Für jede Treibt-Verknüpfung Pearsons r zwischen den Werten der treibenden und der getriebenen Kennzahl über die %1, die beide haben, und p, der zweiseitige p-Wert für r ≠ 0; eine Zahl erfordert mindestens %2 gemeinsame %1. Eine Korrelation, keine Ursache: Zwei Kennzahlen können sich aus anderen Gründen gemeinsam bewegen.</translation>
    </message>
    <message>
        <source>No metric drives another: link metrics with Drives to see how they move together.</source>
        <translation>Keine Kennzahl treibt eine andere: Verknüpfen Sie Kennzahlen mit „treibt“, um zu sehen, wie sie sich gemeinsam bewegen.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>correlation, not cause</source>
        <translation>Korrelation, keine Ursache</translation>
    </message>
    <message>
        <source>too few periods (%1 of %2)</source>
        <translation>zu wenige Zeiträume (%1 von %2)</translation>
    </message>
    <message>
        <source>no figure: a metric does not vary over these %1</source>
        <translation>kein Wert: Eine Kennzahl ist über alle %1 konstant</translation>
    </message>
    <message>
        <source>&lt; 0.001</source>
        <translation>&lt; 0,001</translation>
    </message>
    <message>
        <source>… under %1</source>
        <translation>… unter %1</translation>
    </message>
    <message>
        <source>Metrics: hierarchy and status</source>
        <translation>Kennzahlen: Hierarchie und Status</translation>
    </message>
    <message>
        <source>Metrics: trends by %1</source>
        <extracomment>%1: the length of the periods: &quot;week&quot;, &quot;month&quot; or &quot;quarter&quot;</extracomment>
        <translation>Kennzahlen: Trends pro %1</translation>
    </message>
    <message>
        <source>Metrics: drivers (correlation, not cause)</source>
        <translation>Kennzahlen: Treiber (Korrelation, keine Ursache)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Driver → driven</source>
        <translation>Treiber → getrieben</translation>
    </message>
    <message>
        <source>Common %1</source>
        <translation>Gemeinsame %1</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Deutung</translation>
    </message>
    <message>
        <source>%1 · trend %2</source>
        <translation>%1 · Trend %2</translation>
    </message>
    <message>
        <source> · in %1</source>
        <translation> · in %1</translation>
    </message>
    <message>
        <source>value per %1</source>
        <extracomment>%1: the length of the periods: &quot;week&quot;, &quot;month&quot; or &quot;quarter&quot;</extracomment>
        <translation>Wert pro %1</translation>
    </message>
    <message>
        <source>small sample (under 30 responses)</source>
        <translation>kleine Stichprobe (unter 30 Antworten)</translation>
    </message>
    <message>
        <source>95% interval (survey responses)</source>
        <translation>95-%-Intervall (Umfrageantworten)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>cx::PersonaDiff</name>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Photo (%1 KB, %2)</source>
        <translation>Foto (%1 KB, %2)</translation>
    </message>
</context>
<context>
    <name>cx::PersonaEditor</name>
    <message>
        <source>PNG or JPEG, up to %1 MB and %2 megapixels; stored at most %3 pixels wide or tall.</source>
        <translation>PNG oder JPEG, bis %1 MB und %2 Megapixel; gespeichert mit höchstens %3 Pixeln Breite oder Höhe.</translation>
    </message>
    <message>
        <source>Drop a PNG or JPEG file from this computer to use it as the photo.</source>
        <translation>Ziehen Sie eine PNG- oder JPEG-Datei von diesem Computer hierher, um sie als Foto zu verwenden.</translation>
    </message>
</context>
<context>
    <name>cx::PersonaEdits</name>
    <message>
        <source>There is no persona %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Persona %1.</translation>
    </message>
    <message numerus="yes">
        <source>There is no item %1 in a list of %n item(s).</source>
        <translation>
            <numerusform>Es gibt keinen Eintrag %1 in einer Liste mit %n Eintrag.</numerusform>
            <numerusform>Es gibt keinen Eintrag %1 in einer Liste mit %n Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>That field of a persona cannot be set this way.</source>
        <translation>Dieses Feld einer Persona lässt sich so nicht setzen.</translation>
    </message>
    <message>
        <source>Say what changed in persona “%1” to record a revision.</source>
        <translation>Geben Sie an, was sich an der Persona „%1“ geändert hat, um eine Version festzuhalten.</translation>
    </message>
    <message>
        <source>it has no revision %1.</source>
        <translation>es gibt keine Version %1.</translation>
    </message>
    <message>
        <source>Cannot restore persona “%1”: %2</source>
        <translation>Persona „%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a colour (#rrggbb).</source>
        <translation>„%1“ ist keine Farbe (#rrggbb).</translation>
    </message>
    <message>
        <source>“%1” is not a status.</source>
        <extracomment>%1: the value given; a persona&apos;s status is &quot;hypothesis&quot; or &quot;validated&quot;</extracomment>
        <translation>„%1“ ist kein gültiger Status.</translation>
    </message>
    <message>
        <source>“%1” is not a value tier.</source>
        <extracomment>%1: the value given; a persona&apos;s value tier is low, medium, high or top</extracomment>
        <translation>„%1“ ist keine gültige Wertstufe.</translation>
    </message>
</context>
<context>
    <name>cx::PersonaPhoto</name>
    <message>
        <source>%1: %2 The photo was not changed.</source>
        <translation>%1: %2 Das Foto wurde nicht geändert.</translation>
    </message>
    <message>
        <source>the file is %1 MB; a photo may be at most %2 MB.</source>
        <translation>die Datei hat %1 MB; ein Foto darf höchstens %2 MB haben.</translation>
    </message>
    <message>
        <source>this is not a PNG or JPEG image.</source>
        <translation>dies ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>the image is damaged: its size cannot be read.</source>
        <translation>das Bild ist beschädigt: Seine Größe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the image is %1 × %2 pixels (%3 megapixels); a photo may have at most %4 megapixels.</source>
        <translation>das Bild hat %1 × %2 Pixel (%3 Megapixel); ein Foto darf höchstens %4 Megapixel haben.</translation>
    </message>
    <message>
        <source>the image is damaged: the JPEG data ends too early.</source>
        <translation>das Bild ist beschädigt: Die JPEG-Daten enden zu früh.</translation>
    </message>
    <message>
        <source>the image is damaged: %1.</source>
        <translation>das Bild ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>the photo could not be encoded again: %1.</source>
        <translation>das Foto konnte nicht neu kodiert werden: %1.</translation>
    </message>
    <message>
        <source>%1: there is no such file. The photo was not changed.</source>
        <translation>%1: Diese Datei gibt es nicht. Das Foto wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; a photo may be at most %3 MB. The photo was not changed.</source>
        <translation>%1: Die Datei hat %2 MB; ein Foto darf höchstens %3 MB haben. Das Foto wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2). The photo was not changed.</source>
        <translation>%1: kann nicht gelesen werden (%2). Das Foto wurde nicht geändert.</translation>
    </message>
    <message>
        <source>the image is damaged: its PNG data runs past the end of the file.</source>
        <translation>das Bild ist beschädigt: Seine PNG-Daten reichen über das Dateiende hinaus.</translation>
    </message>
</context>
<context>
    <name>cx::PersonaSheetLayout</name>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
</context>
<context>
    <name>cx::PersonaSnapshot</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Need state</source>
        <translation>Bedürfnislage</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Wertstufe</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Verhaltensweisen</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Bevorzugte Kanäle</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Demografie</translation>
    </message>
    <message>
        <source>Psychographics</source>
        <translation>Psychografie</translation>
    </message>
    <message>
        <source>Field notes</source>
        <translation>Feldnotizen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>This revision holds no snapshot of the persona&apos;s fields.</source>
        <translation>Diese Version enthält keinen Schnappschuss der Persona-Felder.</translation>
    </message>
    <message>
        <source>This revision&apos;s snapshot is damaged (at character %1: %2).</source>
        <translation>Der Schnappschuss dieser Version ist beschädigt (bei Zeichen %1: %2).</translation>
    </message>
</context>
<context>
    <name>cx::Preferences</name>
    <message>
        <source>Unnamed workspaces cannot live in “%1”: the folder cannot be written to.</source>
        <translation>Unbenannte Arbeitsbereiche können nicht in „%1“ liegen: In den Ordner kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>cx::PresenceModel</name>
    <message>
        <source>%1, on the journey “%2”</source>
        <translation>%1, in der Journey „%2“</translation>
    </message>
    <message>
        <source>Nobody else has this workspace open</source>
        <translation>Niemand sonst hat diesen Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Also here: %1</source>
        <translation>Auch hier: %1</translation>
    </message>
</context>
<context>
    <name>cx::PresentationController</name>
    <message>
        <source>Research-based</source>
        <translation>Forschungsbasiert</translation>
    </message>
    <message>
        <source>Partly backed</source>
        <translation>Teilweise belegt</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
</context>
<context>
    <name>cx::QrCode</name>
    <message>
        <source>There is no address to make a QR code of.</source>
        <translation>Es gibt keine Adresse für einen QR-Code.</translation>
    </message>
    <message>
        <source>The address cannot be made into a QR code: it contains a NUL character.</source>
        <translation>Aus der Adresse lässt sich kein QR-Code machen: Sie enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code (%1 bytes; a QR code at error correction level M holds at most 2,331).</source>
        <translation>Die Adresse ist zu lang für einen QR-Code (%1 Bytes; ein QR-Code mit Fehlerkorrekturstufe M fasst höchstens 2.331).</translation>
    </message>
    <message>
        <source>The QR code could not be made (%1).</source>
        <translation>Der QR-Code konnte nicht erstellt werden (%1).</translation>
    </message>
</context>
<context>
    <name>cx::RecentFiles</name>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>cx::ResponseChanges</name>
    <message>
        <source>The metric to import responses into does not exist.</source>
        <translation>Die Kennzahl, in die Antworten importiert werden sollen, existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” has no responses to import into “%2”.</source>
        <translation>„%1“ enthält keine Antworten zum Importieren in „%2“.</translation>
    </message>
    <message>
        <source>“%1” holds responses on the %2 scale (from “%3”); these are on the %4 scale. Import them into another metric, or remove the earlier import first.</source>
        <extracomment>%1: a metric; %2, %4: survey answer scales with their ranges, e.g. &quot;nps (0–10)&quot;; %3: a file</extracomment>
        <translation>„%1“ enthält Antworten auf der Skala %2 (aus „%3“); diese sind auf der Skala %4. Importieren Sie sie in eine andere Kennzahl oder entfernen Sie zuerst den früheren Import.</translation>
    </message>
    <message>
        <source>That import of survey responses does not exist.</source>
        <translation>Dieser Import von Umfrageantworten existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n response(s) into “%1”</source>
        <translation>
            <numerusform>%n Antwort in „%1“ importieren</numerusform>
            <numerusform>%n Antworten in „%1“ importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>No metric has the id or title “%1”.</source>
        <translation>Keine Kennzahl hat die ID oder den Titel „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n metric(s); give one of their ids:
  %2</source>
        <translation>
            <numerusform>„%1“ bezeichnet %n Kennzahl; geben Sie eine der IDs an:
  %2</numerusform>
            <numerusform>„%1“ bezeichnet %n Kennzahlen; geben Sie eine der IDs an:
  %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ResponseImportController</name>
    <message>
        <source>custom %1–%2</source>
        <translation>benutzerdefiniert %1–%2</translation>
    </message>
    <message>
        <source>“%1” holds responses on the %2 scale already; these must be on it too.</source>
        <translation>„%1“ enthält bereits Antworten auf der Skala %2; diese müssen ebenfalls darauf liegen.</translation>
    </message>
    <message>
        <source>Open a workspace you can edit to import responses into it.</source>
        <translation>Öffnen Sie einen bearbeitbaren Arbeitsbereich, um Antworten darin zu importieren.</translation>
    </message>
    <message>
        <source>The workspace has no metric to import responses into; add one first.</source>
        <translation>Der Arbeitsbereich hat keine Kennzahl, in die Antworten importiert werden können; legen Sie zuerst eine an.</translation>
    </message>
    <message>
        <source>Choose a file of survey responses.</source>
        <translation>Wählen Sie eine Datei mit Umfrageantworten.</translation>
    </message>
    <message>
        <source>Choose the metric these responses are for.</source>
        <translation>Wählen Sie die Kennzahl, zu der diese Antworten gehören.</translation>
    </message>
    <message>
        <source>The file has a header but no responses.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Antworten.</translation>
    </message>
    <message>
        <source>None of the rows can be imported; see the bad rows for why.</source>
        <translation>Keine der Zeilen kann importiert werden; die Gründe stehen bei den fehlerhaften Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are bad, so nothing will be imported: fix them in the file and choose it again, or skip them.</source>
        <translation>
            <numerusform>%Ln Zeile ist fehlerhaft, daher wird nichts importiert: Korrigieren Sie sie in der Datei und wählen Sie diese erneut, oder überspringen Sie sie.</numerusform>
            <numerusform>%Ln Zeilen sind fehlerhaft, daher wird nichts importiert: Korrigieren Sie sie in der Datei und wählen Sie diese erneut, oder überspringen Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s), all good</source>
        <translation>
            <numerusform>%Ln Antwort, fehlerfrei</numerusform>
            <numerusform>%Ln Antworten, alle fehlerfrei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 good and %2 bad of %Ln row(s)</source>
        <translation>
            <numerusform>%1 fehlerfrei und %2 fehlerhaft von %Ln Zeile</numerusform>
            <numerusform>%1 fehlerfrei und %2 fehlerhaft von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Choose a file of survey responses, and wait for it to be read.</source>
        <translation>Wählen Sie eine Datei mit Umfrageantworten und warten Sie, bis sie gelesen ist.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are bad; nothing was imported. Fix them in the file, or skip them.</source>
        <translation>
            <numerusform>%Ln Zeile ist fehlerhaft; es wurde nichts importiert. Korrigieren Sie sie in der Datei oder überspringen Sie sie.</numerusform>
            <numerusform>%Ln Zeilen sind fehlerhaft; es wurde nichts importiert. Korrigieren Sie sie in der Datei oder überspringen Sie sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ResponseReader</name>
    <message>
        <source>no moment is called “%1”</source>
        <translation>kein Moment heißt „%1“</translation>
    </message>
    <message>
        <source>too few fields: %1, but the chosen columns need %2</source>
        <translation>zu wenige Felder: %1, die gewählten Spalten brauchen aber %2</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>das Datum fehlt</translation>
    </message>
    <message>
        <source>the date “%1” is not in a known format (2026-08-14, 14.08.2026, 8/14/2026…)</source>
        <translation>das Datum „%1“ hat kein bekanntes Format (2026-08-14, 14.08.2026, 8/14/2026…)</translation>
    </message>
    <message>
        <source>the date “%1” is no day of the calendar</source>
        <translation>das Datum „%1“ ist kein Kalendertag</translation>
    </message>
    <message>
        <source>the score is missing</source>
        <translation>die Bewertung fehlt</translation>
    </message>
    <message>
        <source>the score “%1” is not a number</source>
        <translation>die Bewertung „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the score %1 is outside %2–%3</source>
        <translation>die Bewertung %1 liegt außerhalb von %2–%3</translation>
    </message>
    <message>
        <source>the score %1 is not a whole number, as %2 scores are</source>
        <translation>die Bewertung %1 ist keine ganze Zahl, wie es %2-Bewertungen sind</translation>
    </message>
    <message>
        <source>the date “%1” can only be month/day (M/d/yyyy), but most slash dates in this column are day/month (d/M/yyyy)</source>
        <translation>das Datum „%1“ kann nur Monat/Tag sein (M/d/yyyy), aber die meisten Datumsangaben mit Schrägstrich in dieser Spalte sind Tag/Monat (d/M/yyyy)</translation>
    </message>
    <message>
        <source>the date “%1” can only be day/month (d/M/yyyy), but most slash dates in this column are month/day (M/d/yyyy)</source>
        <translation>das Datum „%1“ kann nur Tag/Monat sein (d/M/yyyy), aber die meisten Datumsangaben mit Schrägstrich in dieser Spalte sind Monat/Tag (M/d/yyyy)</translation>
    </message>
    <message>
        <source>the date “%1” is ambiguous: day/month or month/day, and no slash date in this column has a part over 12 to decide</source>
        <translation>das Datum „%1“ ist mehrdeutig: Tag/Monat oder Monat/Tag, und keine Datumsangabe mit Schrägstrich in dieser Spalte hat einen Teil über 12, der es entscheidet</translation>
    </message>
    <message>
        <source>the date “%1” is a slash date, and this column has as many that can only be day/month as that can only be month/day, so their order is unknown</source>
        <translation>das Datum „%1“ hat Schrägstriche, und diese Spalte enthält gleich viele Angaben, die nur Tag/Monat sein können, wie solche, die nur Monat/Tag sein können; ihre Reihenfolge ist daher unbekannt</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line.</source>
        <translation>%1 ist leer: Es gibt keine Kopfzeile.</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <source>CES (1–5)</source>
        <translation>CES (1–5)</translation>
    </message>
    <message>
        <source>CES (1–7)</source>
        <translation>CES (1–7)</translation>
    </message>
    <message>
        <source>Custom scale</source>
        <translation>Benutzerdefinierte Skala</translation>
    </message>
    <message>
        <source>%1: no column is chosen for the date.</source>
        <translation>%1: Für das Datum ist keine Spalte gewählt.</translation>
    </message>
    <message>
        <source>%1: no column is chosen for the score.</source>
        <translation>%1: Für die Bewertung ist keine Spalte gewählt.</translation>
    </message>
    <message>
        <source>The scale %1–%2 holds no scores.</source>
        <translation>Die Skala %1–%2 enthält keine Bewertungen.</translation>
    </message>
    <message>
        <source>%1: a moment column is chosen without a way to find moments.</source>
        <translation>%1: Eine Moment-Spalte ist gewählt, aber ohne Möglichkeit, Momente zu finden.</translation>
    </message>
    <message>
        <source>%1: there is no column %2; the header&apos;s last column is %3.</source>
        <translation>%1: Es gibt keine Spalte %2; die letzte Spalte der Kopfzeile ist %3.</translation>
    </message>
</context>
<context>
    <name>cx::Rules</name>
    <message>
        <source>Cannot link %1 to %2: %3 does not exist in this workspace.</source>
        <translation>%1 kann nicht mit %2 verknüpft werden: %3 existiert in diesem Arbeitsbereich nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be linked to itself.</source>
        <translation>%1 kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>A %1 cannot be linked to a %2 with the relation “%3”.</source>
        <extracomment>%1, %2: kinds of record (&quot;story&quot;, &quot;system&quot;); %3: a relation (&quot;uses&quot;)</extracomment>
        <translation>Ein Eintrag vom Typ %1 kann nicht über die Beziehung „%3“ mit einem vom Typ %2 verknüpft werden.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2 (“%3”).</source>
        <extracomment>%1, %2: records, e.g. &quot;story “Card management”&quot;; %3: the relation, e.g. &quot;uses&quot;</extracomment>
        <translation>%1 ist bereits mit %2 verknüpft („%3“).</translation>
    </message>
    <message>
        <source>%1 cannot open the journey it belongs to.</source>
        <translation>%1 kann nicht die Journey öffnen, zu der er gehört.</translation>
    </message>
    <message>
        <source>%1 already opens %2; unlink that journey first.</source>
        <translation>%1 öffnet bereits %2; lösen Sie zuerst die Verknüpfung mit dieser Journey.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <extracomment>%1: the kind of record (&quot;story&quot;), %2: its title, %3: what is wrong with it</extracomment>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <source>it has no id.</source>
        <translation>keine ID vorhanden.</translation>
    </message>
    <message>
        <source>its stage is not a stage of its journey.</source>
        <translation>die Phase gehört nicht zur eigenen Journey.</translation>
    </message>
    <message>
        <source>its lane is not a lane of its journey.</source>
        <translation>die Ebene gehört nicht zur eigenen Journey.</translation>
    </message>
    <message>
        <source>the emotion score must be between -2 and +2.</source>
        <translation>der Emotionswert muss zwischen -2 und +2 liegen.</translation>
    </message>
    <message>
        <source>its emotion scores must name each persona once, in order.</source>
        <translation>die Emotionswerte müssen jede Persona genau einmal und in Reihenfolge nennen.</translation>
    </message>
    <message>
        <source>an emotion score names a persona that does not exist.</source>
        <translation>ein Emotionswert nennt eine Persona, die nicht existiert.</translation>
    </message>
    <message>
        <source>importance must be between 1 and 5.</source>
        <translation>die Wichtigkeit muss zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <source>the colour must be written #rrggbb.</source>
        <translation>die Farbe muss als #rrggbb geschrieben sein.</translation>
    </message>
    <message>
        <source>an element must be a story, experience, service, system, process or data.</source>
        <translation>ein Element muss eine Story, ein Erlebnis, ein Service, ein System, ein Prozess oder Daten sein.</translation>
    </message>
    <message>
        <source>impact and effort must be between 1 and 5.</source>
        <translation>Wirkung und Aufwand müssen zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <source>the vote is for a moment that does not exist.</source>
        <translation>die Stimme gilt einem Moment, der nicht existiert.</translation>
    </message>
    <message>
        <source>a vote needs at least one dot.</source>
        <translation>eine Stimme braucht mindestens einen Punkt.</translation>
    </message>
    <message>
        <source>its journey does not exist.</source>
        <translation>die zugehörige Journey existiert nicht.</translation>
    </message>
    <message>
        <source>its position is negative.</source>
        <translation>die Position ist negativ.</translation>
    </message>
    <message>
        <source>its width must be between 0 and %1.</source>
        <translation>die Breite muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>its height must be between 0 and %1.</source>
        <translation>die Höhe muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>the vote is in a voting round that does not exist.</source>
        <translation>die Stimme gehört zu einer Abstimmungsrunde, die nicht existiert.</translation>
    </message>
    <message>
        <source>the vote is for a moment of another journey than its round&apos;s.</source>
        <translation>die Stimme gilt einem Moment einer anderen Journey als der ihrer Runde.</translation>
    </message>
    <message>
        <source>“%1” is not a participant of the round.</source>
        <translation>„%1“ ist kein Teilnehmender der Runde.</translation>
    </message>
    <message>
        <source>dots per participant must be between %1 and %2.</source>
        <translation>die Punkte pro Person müssen zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>an anonymous round needs between 1 and %1 participants.</source>
        <translation>eine anonyme Runde braucht zwischen 1 und %1 Teilnehmende.</translation>
    </message>
    <message>
        <source>a round names its participants or counts them, not both.</source>
        <translation>eine Runde nennt ihre Teilnehmenden oder zählt sie, nicht beides.</translation>
    </message>
    <message>
        <source>a participant needs a name without spaces around it.</source>
        <translation>Teilnehmende brauchen einen Namen ohne Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>“%1” is named twice.</source>
        <translation>„%1“ ist doppelt genannt.</translation>
    </message>
    <message>
        <source>it has no start time.</source>
        <translation>keine Startzeit vorhanden.</translation>
    </message>
    <message>
        <source>it ends before it starts.</source>
        <translation>das Ende liegt vor dem Start.</translation>
    </message>
    <message>
        <source>a parking-lot note needs some text.</source>
        <translation>eine Parkplatz-Notiz braucht Text.</translation>
    </message>
    <message>
        <source>its metric does not exist.</source>
        <translation>die zugehörige Kennzahl existiert nicht.</translation>
    </message>
    <message>
        <source>the range of a %1 scale is fixed.</source>
        <extracomment>%1: a survey answer scale: &quot;nps&quot;, &quot;csat&quot; or &quot;ces&quot;</extracomment>
        <translation>der Bereich einer %1-Skala ist fest vorgegeben.</translation>
    </message>
    <message>
        <source>the scale&apos;s lowest score must be below its highest.</source>
        <translation>die niedrigste Bewertung der Skala muss unter der höchsten liegen.</translation>
    </message>
    <message>
        <source>its columns of responses differ in length.</source>
        <translation>die Spalten der Antworten sind unterschiedlich lang.</translation>
    </message>
    <message>
        <source>its moments and segments are not listed in the order of their first use.</source>
        <translation>die Momente und Segmente sind nicht in der Reihenfolge ihrer ersten Verwendung aufgeführt.</translation>
    </message>
    <message>
        <source>response %1 has a score outside the scale.</source>
        <translation>Antwort %1 hat eine Bewertung außerhalb der Skala.</translation>
    </message>
    <message>
        <source>response %1 has no valid date.</source>
        <translation>Antwort %1 hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>response %1 refers to a moment or segment it does not list.</source>
        <translation>Antwort %1 verweist auf einen Moment oder ein Segment, das nicht aufgeführt ist.</translation>
    </message>
    <message>
        <source>it lists moments or segments that no response names.</source>
        <translation>es sind Momente oder Segmente aufgeführt, die keine Antwort nennt.</translation>
    </message>
</context>
<context>
    <name>cx::ServerConnection</name>
    <message>
        <source>This CX Atlas cannot reach team servers: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Diese Installation von CX Atlas kann keine Team-Server erreichen: Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password for %2.</source>
        <translation>Der Server %1 hat das Passwort für %2 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”.</source>
        <translation>Der Server %1 hat keine Datenbank „%2“.</translation>
    </message>
    <message>
        <source>The server %1 refused: %2 may not make this change (%3).</source>
        <translation>Der Server %1 hat abgelehnt: %2 darf diese Änderung nicht vornehmen (%3).</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2).</source>
        <translation>Der Server %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The server %1 refused to %2: %3</source>
        <translation>Der Server %1 hat den Vorgang „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: the connection was lost.</source>
        <translation>Der Server %1 ist nicht erreichbar: Die Verbindung ist abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cx::ServerPasswords</name>
    <message>
        <source>no keyring is available on this desktop</source>
        <translation>auf diesem Desktop ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>this system has no keyring that CX Atlas can use</source>
        <translation>dieses System hat keinen Schlüsselbund, den CX Atlas nutzen kann</translation>
    </message>
    <message>
        <source>access to the keyring was declined</source>
        <translation>der Zugriff auf den Schlüsselbund wurde abgelehnt</translation>
    </message>
    <message>
        <source>the keyring refused access</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>the keyring did not answer (is a keyring service such as GNOME Keyring or KWallet running?)</source>
        <translation>der Schlüsselbund hat nicht geantwortet (läuft ein Dienst wie GNOME Keyring oder KWallet?)</translation>
    </message>
</context>
<context>
    <name>cx::ServerSchema</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Migration %1 was not applied, and nothing of it is on the server: %2</source>
        <translation>Migration %1 wurde nicht angewendet, und nichts davon ist auf dem Server: %2</translation>
    </message>
    <message>
        <source>The database “%1” holds no CX Atlas workspaces yet. Its administrator prepares it with: cxatlas server migrate %2</source>
        <translation>Die Datenbank „%1“ enthält noch keine CX-Atlas-Arbeitsbereiche. Wer sie administriert, richtet sie ein mit: cxatlas server migrate %2</translation>
    </message>
    <message>
        <source>The database “%1” was prepared by a newer CX Atlas (server format %2; this one knows %3). Update CX Atlas to open its workspaces.</source>
        <translation>Die Datenbank „%1“ wurde von einer neueren Version von CX Atlas eingerichtet (Serverformat %2; diese Version kennt bis %3). Aktualisieren Sie CX Atlas, um ihre Arbeitsbereiche zu öffnen.</translation>
    </message>
    <message>
        <source>The database “%1” is at server format %2 and this CX Atlas needs %3. Its administrator upgrades it with: cxatlas server migrate %4</source>
        <translation>Die Datenbank „%1“ hat das Serverformat %2, diese Version von CX Atlas benötigt %3. Wer sie administriert, aktualisiert sie mit: cxatlas server migrate %4</translation>
    </message>
</context>
<context>
    <name>cx::ServerSession</name>
    <message>
        <source>Give the server&apos;s address, such as postgresql://you@server.example.org/cx.</source>
        <translation>Geben Sie die Adresse des Servers an, etwa postgresql://sie@server.example.org/cx.</translation>
    </message>
    <message>
        <source>Give the name of the workspace to open on %1.</source>
        <translation>Geben Sie den Namen des Arbeitsbereichs an, der auf %1 geöffnet werden soll.</translation>
    </message>
    <message>
        <source>The server can be reached again: “%1” is up to date and can be edited as before.</source>
        <translation>Der Server ist wieder erreichbar: „%1“ ist auf dem neuesten Stand und kann wie zuvor bearbeitet werden.</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1. You will be asked for it the next time.</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1. Sie werden beim nächsten Mal danach gefragt.</translation>
    </message>
    <message>
        <source>The password could not be read from the keyring: %1.</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
</context>
<context>
    <name>cx::ServerStore</name>
    <message>
        <source>The address %1 names a database but no workspace; add /WORKSPACE after the database.</source>
        <translation>Die Adresse %1 nennt eine Datenbank, aber keinen Arbeitsbereich; ergänzen Sie /WORKSPACE nach der Datenbank.</translation>
    </message>
    <message>
        <source>The server has no workspace “%1” that %2 may open. Check the name, or ask its owner to add you as a member.</source>
        <translation>Auf dem Server gibt es keinen Arbeitsbereich „%1“, den %2 öffnen darf. Prüfen Sie den Namen oder bitten Sie die Inhaber des Arbeitsbereichs, Sie als Mitglied hinzuzufügen.</translation>
    </message>
    <message>
        <source>The workspace “%1” was deleted.</source>
        <translation>Der Arbeitsbereich „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Record %1 of the workspace “%2” on the server is damaged: %3</source>
        <translation>Datensatz %1 des Arbeitsbereichs „%2“ auf dem Server ist beschädigt: %3</translation>
    </message>
    <message>
        <source>A link of the workspace “%1” on the server has the unknown relation “%2”.</source>
        <translation>Eine Verknüpfung des Arbeitsbereichs „%1“ auf dem Server hat die unbekannte Beziehung „%2“.</translation>
    </message>
    <message>
        <source>You (%1) are a viewer of this team workspace: you can read it but not change it. Its owners can make you an editor.</source>
        <translation>Sie (%1) sind Betrachter dieses Team-Arbeitsbereichs: Sie können ihn lesen, aber nicht ändern. Seine Inhaber können Sie zum Bearbeiter machen.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>Ein Datensatz</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; your edit was not saved. The view shows the current version.</source>
        <translation>%1 wurde von jemand anderem geändert; Ihre Bearbeitung wurde nicht gespeichert. Die Ansicht zeigt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3; your edit was not saved. The view shows their version.</source>
        <translation>%1 wurde am %3 von %2 geändert; Ihre Bearbeitung wurde nicht gespeichert. Die Ansicht zeigt den geänderten Stand.</translation>
    </message>
    <message>
        <source>A link of %1</source>
        <translation>Eine Verknüpfung von %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; your edit was not saved.</source>
        <translation>%1 wurde von jemand anderem geändert; Ihre Bearbeitung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 was removed by %2 at %3; your edit was not saved. The view shows the workspace without it.</source>
        <translation>%1 wurde am %3 von %2 entfernt; Ihre Bearbeitung wurde nicht gespeichert. Die Ansicht zeigt den Arbeitsbereich nach dem Entfernen.</translation>
    </message>
    <message>
        <source>This team workspace was opened for reading only.</source>
        <translation>Dieser Team-Arbeitsbereich wurde nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The connection to the server was lost while saving this edit. CX Atlas will say whether it was saved once the server is back.</source>
        <translation>Die Verbindung zum Server ist beim Speichern dieser Bearbeitung abgebrochen. CX Atlas meldet, ob sie gespeichert wurde, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The workspace “%1” is no longer on the server.</source>
        <translation>Der Arbeitsbereich „%1“ ist nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>Someone else added or removed cards, stages or notes in the same place at the same time; your edit was not saved. The view shows the current order.</source>
        <translation>Jemand anderes hat gleichzeitig an derselben Stelle Karten, Phasen oder Notizen hinzugefügt oder entfernt; Ihre Bearbeitung wurde nicht gespeichert. Die Ansicht zeigt die aktuelle Reihenfolge.</translation>
    </message>
    <message>
        <source>Your edit “%1” reached the server before the connection was lost: it is saved.</source>
        <translation>Ihre Bearbeitung „%1“ hat den Server erreicht, bevor die Verbindung abbrach: Sie ist gespeichert.</translation>
    </message>
    <message>
        <source>Your edit “%1” did not reach the server before the connection was lost: it was not saved.</source>
        <translation>Ihre Bearbeitung „%1“ hat den Server nicht erreicht, bevor die Verbindung abbrach: Sie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>This team workspace is read-only until its server can be reached again. %1 CX Atlas keeps trying.</source>
        <extracomment>%1: why, a whole sentence (&quot;The server db.example cannot be reached: …&quot;)</extracomment>
        <translation>Dieser Team-Arbeitsbereich ist schreibgeschützt, bis sein Server wieder erreichbar ist. %1 CX Atlas versucht es weiter.</translation>
    </message>
</context>
<context>
    <name>cx::ServerUrl</name>
    <message>
        <source>“%1” is not a server address; it should look like postgresql://USER@HOST:PORT/DATABASE/WORKSPACE.</source>
        <translation>„%1“ ist keine Serveradresse; sie sollte so aussehen: postgresql://USER@HOST:PORT/DATABASE/WORKSPACE.</translation>
    </message>
    <message>
        <source>The address %1 contains a password. Leave it out: the window asks for it and keeps it in the desktop keyring, and the command line reads PGPASSWORD or ~/.pgpass.</source>
        <translation>Die Adresse %1 enthält ein Passwort. Lassen Sie es weg: Das Fenster fragt danach und bewahrt es im Schlüsselbund des Desktops auf, und die Befehlszeile liest PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>The address %1 should name a database, and may name a workspace after it: …/DATABASE or …/DATABASE/WORKSPACE.</source>
        <translation>Die Adresse %1 sollte eine Datenbank nennen und kann danach einen Arbeitsbereich nennen: …/DATABASE oder …/DATABASE/WORKSPACE.</translation>
    </message>
    <message>
        <source>The port “%1” in %2 is not a port number.</source>
        <translation>Der Port „%1“ in %2 ist keine Portnummer.</translation>
    </message>
    <message>
        <source>The option “%1” in %2 is not one CX Atlas passes to the server (known: host, port, user, %3).</source>
        <translation>Die Option „%1“ in %2 gehört nicht zu denen, die CX Atlas an den Server weitergibt (bekannt: host, port, user, %3).</translation>
    </message>
    <message>
        <source>The option “%1” in %2 may not contain “;”.</source>
        <translation>Die Option „%1“ in %2 darf kein „;“ enthalten.</translation>
    </message>
    <message>
        <source>The address %1 names no server.</source>
        <translation>Die Adresse %1 nennt keinen Server.</translation>
    </message>
    <message numerus="yes">
        <source>A workspace name needs 1 to 100 characters; “%1” has %n.</source>
        <translation>
            <numerusform>Ein Arbeitsbereichsname braucht 1 bis 100 Zeichen; „%1“ hat %n.</numerusform>
            <numerusform>Ein Arbeitsbereichsname braucht 1 bis 100 Zeichen; „%1“ hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace name “%1” may not contain “/” or control characters.</source>
        <translation>Der Arbeitsbereichsname „%1“ darf weder „/“ noch Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>cx::VotingController</name>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmende(r) %1</translation>
    </message>
    <message>
        <source>No voting round is running on this journey.</source>
        <translation>Auf dieser Journey läuft keine Abstimmungsrunde.</translation>
    </message>
</context>
<context>
    <name>cx::WorkshopChanges</name>
    <message>
        <source>A voting round needs a name.</source>
        <translation>Eine Abstimmungsrunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is still running on this journey; end it before starting another round.</source>
        <translation>„%1“ läuft auf dieser Journey noch; beenden Sie sie, bevor Sie eine weitere Runde starten.</translation>
    </message>
    <message>
        <source>The voting round no longer exists.</source>
        <translation>Die Abstimmungsrunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” has ended; its votes can no longer change.</source>
        <translation>„%1“ ist beendet; die Stimmen lassen sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Votes in “%1” go to moments of its journey.</source>
        <translation>Stimmen in „%1“ gehen an Momente der zugehörigen Journey.</translation>
    </message>
    <message>
        <source>Choose a participant of “%1” first.</source>
        <translation>Wählen Sie zuerst eine teilnehmende Person von „%1“.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmende(r) %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has used all %n dot(s) of this round. Take a dot back from another moment to move it here.</source>
        <translation>
            <numerusform>%1 hat den einzigen Punkt dieser Runde vergeben. Nehmen Sie einen Punkt von einem anderen Moment zurück, um ihn hierher zu verschieben.</numerusform>
            <numerusform>%1 hat alle %n Punkte dieser Runde vergeben. Nehmen Sie einen Punkt von einem anderen Moment zurück, um ihn hierher zu verschieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dot on “%2” to take back.</source>
        <translation>%1 hat keinen Punkt auf „%2“, der zurückgenommen werden könnte.</translation>
    </message>
    <message>
        <source>There is no running round to end.</source>
        <translation>Es läuft keine Runde, die beendet werden könnte.</translation>
    </message>
    <message>
        <source>No moment has a dot in this round yet.</source>
        <translation>In dieser Runde hat noch kein Moment einen Punkt.</translation>
    </message>
    <message>
        <source>These moments are already moments that matter.</source>
        <translation>Diese Momente sind bereits Momente der Wahrheit.</translation>
    </message>
    <message>
        <source>The parking-lot note no longer exists.</source>
        <translation>Die Parkplatz-Notiz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A note becomes a moment of the journey it was parked on.</source>
        <translation>Eine Notiz wird zu einem Moment der Journey, auf der sie geparkt wurde.</translation>
    </message>
    <message>
        <source>Workshop parking lot</source>
        <translation>Workshop-Parkplatz</translation>
    </message>
</context>
<context>
    <name>cx::WorkshopEdits</name>
    <message>
        <source>Start voting round “%1”</source>
        <translation>Abstimmungsrunde „%1“ starten</translation>
    </message>
    <message>
        <source>Dot on “%1”</source>
        <translation>Punkt auf „%1“</translation>
    </message>
    <message>
        <source>Dot taken from “%1”</source>
        <translation>Punkt von „%1“ zurückgenommen</translation>
    </message>
    <message>
        <source>End voting round “%1”</source>
        <translation>Abstimmungsrunde „%1“ beenden</translation>
    </message>
    <message numerus="yes">
        <source>Mark the top %n as moments that matter</source>
        <translation>
            <numerusform>Den ersten als Moment der Wahrheit markieren</numerusform>
            <numerusform>Die ersten %n als Momente der Wahrheit markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The voting round no longer exists.</source>
        <translation>Die Abstimmungsrunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Park “%1”</source>
        <translation>„%1“ parken</translation>
    </message>
    <message>
        <source>Make “%1” a moment</source>
        <translation>„%1“ zum Moment machen</translation>
    </message>
    <message>
        <source>Make “%1” an insight</source>
        <translation>„%1“ zur Erkenntnis machen</translation>
    </message>
    <message>
        <source>Make “%1” an opportunity</source>
        <translation>„%1“ zur Chance machen</translation>
    </message>
    <message>
        <source>Move a parking-lot note</source>
        <translation>Parkplatz-Notiz verschieben</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceController</name>
    <message>
        <source>No file was given to open.</source>
        <translation>Es wurde keine Datei zum Öffnen angegeben.</translation>
    </message>
    <message>
        <source>Cannot create a new workspace: the folder “%1” cannot be created.</source>
        <translation>Neuer Arbeitsbereich nicht möglich: Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>There is no open workspace to save.</source>
        <translation>Es ist kein Arbeitsbereich zum Speichern geöffnet.</translation>
    </message>
    <message>
        <source>No file name was given to save the workspace as.</source>
        <translation>Es wurde kein Dateiname zum Speichern des Arbeitsbereichs angegeben.</translation>
    </message>
    <message>
        <source>Cannot save the workspace as “%1”: that is a folder.</source>
        <translation>Der Arbeitsbereich kann nicht als „%1“ gespeichert werden: Das ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot save the workspace as “%1”: that file is open in CX Atlas. Close it there first, or choose another name.</source>
        <translation>Der Arbeitsbereich kann nicht als „%1“ gespeichert werden: Diese Datei ist in CX Atlas geöffnet. Schließen Sie sie dort zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>No file was given to import.</source>
        <translation>Es wurde keine Datei zum Importieren angegeben.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the folder “%2” cannot be created.</source>
        <translation>„%1“ kann nicht importiert werden: Der Ordner „%2“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot remove the unsaved workspace “%1”.</source>
        <translation>Der nicht gespeicherte Arbeitsbereich „%1“ kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>“%1” is not an unsaved workspace that can be discarded.</source>
        <translation>„%1“ ist kein nicht gespeicherter Arbeitsbereich, der verworfen werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Drop one workspace at a time: %n files were dropped.</source>
        <translation>
            <numerusform>Legen Sie jeweils nur einen Arbeitsbereich ab: Es wurde %n Datei abgelegt.</numerusform>
            <numerusform>Legen Sie jeweils nur einen Arbeitsbereich ab: Es wurden %n Dateien abgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a file on this computer, so it cannot be opened.</source>
        <translation>„%1“ ist keine Datei auf diesem Computer und kann daher nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace (.cxatlas), workspace JSON (.json) or a Mermaid journey diagram (.mmd, .mermaid), so it can be neither opened nor imported.</source>
        <translation>„%1“ ist weder ein CX-Atlas-Arbeitsbereich (.cxatlas) noch Arbeitsbereich-JSON (.json) oder ein Mermaid-Journey-Diagramm (.mmd, .mermaid) und kann daher weder geöffnet noch importiert werden.</translation>
    </message>
    <message>
        <source>This workspace was upgraded from file format %1 to %2, which older versions of CX Atlas cannot open. The file as it was is kept as “%3”.</source>
        <translation>Dieser Arbeitsbereich wurde vom Dateiformat %1 auf %2 aktualisiert, das ältere Versionen von CX Atlas nicht öffnen können. Die ursprüngliche Datei bleibt als „%3“ erhalten.</translation>
    </message>
    <message>
        <source>It uses the older file format %1: it is shown upgraded to format %2, and the file itself is not changed.</source>
        <translation>Er verwendet das ältere Dateiformat %1: Er wird auf Format %2 aktualisiert angezeigt, die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>A team workspace is saved on its server; export it to a file with File &gt; Export.</source>
        <translation>Ein Team-Arbeitsbereich wird auf seinem Server gespeichert; exportieren Sie ihn mit Datei &gt; Exportieren in eine Datei.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a CX Atlas workspace file.</source>
        <translation>„%1“ ist ein Ordner, keine CX-Atlas-Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a CX Atlas workspace.</source>
        <translation>„%1“ ist leer; es ist kein CX-Atlas-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace: it is not an SQLite database file.</source>
        <translation>„%1“ ist kein CX-Atlas-Arbeitsbereich: Es ist keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a CX Atlas workspace.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein CX-Atlas-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it is %2 bytes long but should be %3 (was it cut short while copying?).</source>
        <translation>„%1“ ist beschädigt: Die Datei ist %2 Byte lang, sollte aber %3 sein (wurde sie beim Kopieren abgeschnitten?).</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>„%1“ kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is being edited in another CX Atlas (process %2 on %3); this shows what it has saved so far.</source>
        <translation>„%1“ wird in einer anderen CX-Atlas-Instanz bearbeitet (Prozess %2 auf %3); angezeigt wird der bisher gespeicherte Stand.</translation>
    </message>
    <message>
        <source>“%1” is read-only (its file or folder cannot be written); it was opened for reading only and changes cannot be saved.</source>
        <translation>„%1“ ist schreibgeschützt (Datei oder Ordner nicht beschreibbar); die Datei wurde nur zum Lesen geöffnet, Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” is open in another CX Atlas (process %2 on %3); it was opened for reading only. Close it there to edit it here.</source>
        <translation>„%1“ ist in einer anderen CX-Atlas-Instanz geöffnet (Prozess %2 auf %3); die Datei wurde nur zum Lesen geöffnet. Schließen Sie sie dort, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of CX Atlas (file format %2; this version reads up to %3). Update CX Atlas to open it.</source>
        <translation>„%1“ wurde von einer neueren Version von CX Atlas geschrieben (Dateiformat %2; diese Version liest bis %3). Aktualisieren Sie CX Atlas, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it was never completely created.</source>
        <translation>„%1“ ist beschädigt: Die Datei wurde nie vollständig angelegt.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>„%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: %2.</source>
        <translation>Kopie kann nicht als „%1“ gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>“%1” was opened for reading only: its lock file “%2” cannot be written (is the disk full?).</source>
        <translation>„%1“ wurde nur zum Lesen geöffnet: Die Sperrdatei „%2“ kann nicht geschrieben werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>“%1” was opened for reading only: it is upgraded from the older file format %2 to %3 only after a backup of it is kept beside it. %4</source>
        <translation>„%1“ wurde nur zum Lesen geöffnet: Die Datei wird erst dann vom älteren Dateiformat %2 auf %3 aktualisiert, wenn eine Sicherungskopie daneben abgelegt ist. %4</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from file format %2 to %3: %4</source>
        <translation>„%1“ konnte nicht vom Dateiformat %2 auf %3 aktualisiert werden: %4</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceImport</name>
    <message>
        <source>“%1” already exists; choose another name or replace it.</source>
        <translation>„%1“ existiert bereits; wählen Sie einen anderen Namen oder ersetzen Sie die Datei.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 has the id of %2 in the workspace.</source>
        <translation>%1 hat die ID von %2 im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is already in the workspace with different content.</source>
        <translation>%1 ist bereits mit anderem Inhalt im Arbeitsbereich vorhanden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n conflict(s) with the open workspace.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Konflikt mit dem geöffneten Arbeitsbereich.</numerusform>
            <numerusform>Nichts wurde importiert: %n Konflikte mit dem geöffneten Arbeitsbereich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n record(s)</source>
        <translation>
            <numerusform>%n Datensatz importieren</numerusform>
            <numerusform>%n Datensätze importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither workspace JSON (which starts with “{”) nor a Mermaid journey diagram (which starts with “journey”).</source>
        <translation>„%1“ ist weder Arbeitsbereich-JSON (beginnt mit „{“) noch ein Mermaid-Journey-Diagramm (beginnt mit „journey“).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; the most CX Atlas reads as a Mermaid diagram is %3 MB.</source>
        <translation>„%1“ hat %2 MB; CX Atlas liest Mermaid-Diagramme bis höchstens %3 MB.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceJsonReader</name>
    <message>
        <source>%1, line %2, column %3: %4.</source>
        <translation>%1, Zeile %2, Spalte %3: %4.</translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level.</source>
        <translation>%1: auf oberster Ebene wird ein JSON-Objekt erwartet.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; the most CX Atlas imports is %3 MB.</source>
        <translation>„%1“ hat %2 MB; CX Atlas importiert höchstens %3 MB.</translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation>%1, bei %2: %3</translation>
    </message>
    <message>
        <source>unknown key “%1”.</source>
        <translation>unbekannter Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation>Zeichenkette erwartet.</translation>
    </message>
    <message>
        <source>expected an array of strings.</source>
        <translation>Array von Zeichenketten erwartet.</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation>ganze Zahl von %1 bis %2 erwartet.</translation>
    </message>
    <message>
        <source>expected a number.</source>
        <translation>Zahl erwartet.</translation>
    </message>
    <message>
        <source>expected a size from 0 to %1.</source>
        <translation>Größe von 0 bis %1 erwartet.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>true oder false erwartet.</translation>
    </message>
    <message>
        <source>expected one of: %1.</source>
        <translation>einer dieser Werte erwartet: %1.</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD.</source>
        <translation>Datum im Format YYYY-MM-DD erwartet.</translation>
    </message>
    <message>
        <source>expected a date and time written YYYY-MM-DDThh:mm:ssZ.</source>
        <translation>Datum und Uhrzeit im Format YYYY-MM-DDThh:mm:ssZ erwartet.</translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation>Array erwartet.</translation>
    </message>
    <message>
        <source>more than %1 records; the most CX Atlas imports is %1.</source>
        <translation>mehr als %1 Datensätze; CX Atlas importiert höchstens %1.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>Objekt erwartet.</translation>
    </message>
    <message>
        <source>an id cannot be empty.</source>
        <translation>eine ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>the id “%1” is used twice (first at %2).</source>
        <translation>die ID „%1“ kommt doppelt vor (zuerst bei %2).</translation>
    </message>
    <message>
        <source>expected &quot;cxatlas-workspace&quot;; this is not a CX Atlas workspace file.</source>
        <translation>&quot;cxatlas-workspace&quot; erwartet; dies ist keine CX-Atlas-Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>expected a format version number.</source>
        <translation>Formatversionsnummer erwartet.</translation>
    </message>
    <message>
        <source>format version %1 is newer than this CX Atlas reads (1); update CX Atlas to import it.</source>
        <translation>Formatversion %1 ist neuer als die, die CX Atlas lesen kann (1); aktualisieren Sie CX Atlas, um die Datei zu importieren.</translation>
    </message>
    <message>
        <source>expected the image as base64.</source>
        <translation>Bild als Base64 erwartet.</translation>
    </message>
    <message>
        <source>expected a colour as #rrggbb.</source>
        <translation>Farbe im Format #rrggbb erwartet.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 of this journey.</source>
        <extracomment>%1: an id in the file; %2: &quot;stage&quot; or &quot;lane&quot;, a noun</extracomment>
        <translation>„%1“ ist keine %2 dieser Journey.</translation>
    </message>
    <message>
        <source>expected an object of persona ids and scores.</source>
        <translation>Objekt aus Persona-IDs und Werten erwartet.</translation>
    </message>
    <message>
        <source>“%1” is not a persona of this file.</source>
        <translation>„%1“ ist keine Persona dieser Datei.</translation>
    </message>
    <message>
        <source>a parking-lot note needs some text.</source>
        <translation>eine Parkplatz-Notiz braucht Text.</translation>
    </message>
    <message>
        <source>expected one of: story, experience, service, system, process, data.</source>
        <translation>einer dieser Werte erwartet: story, experience, service, system, process, data.</translation>
    </message>
    <message>
        <source>“value” is required.</source>
        <translation>„value“ ist erforderlich.</translation>
    </message>
    <message>
        <source>more than %1 survey responses; the most CX Atlas imports is %1.</source>
        <translation>mehr als %1 Umfrageantworten; CX Atlas importiert höchstens %1.</translation>
    </message>
    <message>
        <source>“score” is required.</source>
        <translation>„score“ ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” is not a moment of this file.</source>
        <translation>„%1“ ist kein Moment dieser Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a voting round of this file.</source>
        <translation>„%1“ ist keine Abstimmungsrunde dieser Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a moment of the round’s journey.</source>
        <translation>„%1“ ist kein Moment der Journey dieser Runde.</translation>
    </message>
    <message>
        <source>“%1” is not a participant of the round.</source>
        <translation>„%1“ ist kein Teilnehmender dieser Runde.</translation>
    </message>
    <message>
        <source>“%1” is not a moment.</source>
        <translation>„%1“ ist kein Moment.</translation>
    </message>
    <message>
        <source>“%1” is not an id of this file.</source>
        <translation>„%1“ ist keine ID dieser Datei.</translation>
    </message>
    <message>
        <source>a %1 cannot be linked to a %2 (“%3”) with “%4”.</source>
        <extracomment>%1, %2: kinds of record, nouns (&quot;story&quot;, &quot;system&quot;); %3: an id in the file; %4: the relation as the file names it (&quot;uses&quot;, &quot;depends-on&quot;), not translated</extracomment>
        <translation>ein Eintrag vom Typ %1 kann nicht mit einem vom Typ %2 („%3“) über „%4“ verknüpft werden.</translation>
    </message>
    <message>
        <source>the link to “%1” is listed twice.</source>
        <translation>die Verknüpfung zu „%1“ ist doppelt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceJsonWriter</name>
    <message>
        <source>No journey has the id or title “%1”.</source>
        <translation>Keine Journey hat die ID oder den Titel „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) have the title “%1”; give its id instead.</source>
        <translation>
            <numerusform>%n Journey hat den Titel „%1“; geben Sie stattdessen die ID an.</numerusform>
            <numerusform>%n Journeys haben den Titel „%1“; geben Sie stattdessen die ID an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceStore</name>
    <message>
        <source>“%1” is damaged and cannot be read (%2)</source>
        <translation>„%1“ ist beschädigt und kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>The workspace is open for reading only.</source>
        <translation>Der Arbeitsbereich ist nur zum Lesen geöffnet.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceSummary</name>
    <message>
        <source>Workspace:      %1
</source>
        <translation>Arbeitsbereich: %1
</translation>
    </message>
    <message>
        <source>File format:    version %1
</source>
        <translation>Dateiformat:    Version %1
</translation>
    </message>
    <message>
        <source>Journeys:
</source>
        <translation>Journeys:
</translation>
    </message>
    <message>
        <source>current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n Ebene</numerusform>
            <numerusform>%n Ebenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n Moment</numerusform>
            <numerusform>%n Momente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) that matter</source>
        <translation>
            <numerusform>%n Moment der Wahrheit</numerusform>
            <numerusform>%n Momente der Wahrheit</numerusform>
        </translation>
    </message>
    <message>
        <source>; for %1</source>
        <translation>; für %1</translation>
    </message>
    <message>
        <source>File format:    version %1 (older: read through an upgraded copy; the file is unchanged)
</source>
        <translation>Dateiformat:    Version %1 (älter: über eine aktualisierte Kopie gelesen; die Datei bleibt unverändert)
</translation>
    </message>
    <message>
        <source>Team workspace: “%1” on a PostgreSQL server
</source>
        <translation>Team-Arbeitsbereich: „%1“ auf einem PostgreSQL-Server
</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceTransfer</name>
    <message>
        <source>The server already has a workspace named “%1”; choose another name with --name.</source>
        <translation>Auf dem Server gibt es bereits einen Arbeitsbereich namens „%1“; wählen Sie mit --name einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>cx::cli</name>
    <message>
        <source>The workspace to open.</source>
        <translation>Der zu öffnende Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace to write.</source>
        <translation>Der zu schreibende Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>Prints what a workspace holds: its file format version, the number of each kind of record, and each journey with its stages and moments. Checks the file&apos;s integrity on the way. Never changes the file.</source>
        <translation>Gibt aus, was ein Arbeitsbereich enthält: die Version des Dateiformats, die Anzahl jeder Art von Datensatz und jede Journey mit ihren Phasen und Momenten. Prüft dabei die Integrität der Datei. Ändert die Datei nie.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The .cxatlas workspace.</source>
        <translation>Der .cxatlas-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>info needs exactly one workspace file (see cxatlas info --help).</source>
        <translation>info braucht genau eine Arbeitsbereichsdatei (siehe cxatlas info --help).</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>open one workspace at a time.</source>
        <translation>Öffnen Sie jeweils nur einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Checks the CX architecture of a workspace for gaps: moments that matter without a metric, an owner or backstage support; elements linked to nothing; metrics that lead to no strategic metric; cycles among metrics. Never changes the file.

Exit status: 0 when there are no gaps, 1 when there are, 2 on any error.</source>
        <translation>Prüft die CX-Architektur eines Arbeitsbereichs auf Lücken: Momente der Wahrheit ohne Kennzahl, Verantwortliche oder Backstage-Unterstützung; mit nichts verknüpfte Elemente; Kennzahlen, die zu keiner strategischen Kennzahl führen; Zyklen zwischen Kennzahlen. Ändert die Datei nie.

Exit-Status: 0 ohne Lücken, 1 bei Lücken, 2 bei jedem Fehler.</translation>
    </message>
    <message>
        <source>check needs exactly one workspace file (see cxatlas check --help).</source>
        <translation>check braucht genau eine Arbeitsbereichsdatei (siehe cxatlas check --help).</translation>
    </message>
    <message>
        <source>Prints every moment, journey and persona that depends on an element (or the moments a metric measures and the metrics it drives), transitively, moments that matter first, each with the chain of links that makes it depend. Never changes the file.

Exit status: 0 on success, 2 on any error (also when ELEMENT names nothing, or several records: then the candidates are listed).</source>
        <translation>Gibt jeden Moment, jede Journey und jede Persona aus, die transitiv von einem Element abhängen (bzw. die Momente, die eine Kennzahl misst, und die Kennzahlen, die sie treibt), Momente der Wahrheit zuerst, jeweils mit der Kette von Verknüpfungen, die die Abhängigkeit begründet. Ändert die Datei nie.

Exit-Status: 0 bei Erfolg, 2 bei jedem Fehler (auch wenn ELEMENT nichts oder mehrere Datensätze bezeichnet: dann werden die Kandidaten aufgelistet).</translation>
    </message>
    <message>
        <source>An element or metric: its id, or its exact title (case is ignored).</source>
        <translation>Ein Element oder eine Kennzahl: die ID oder der genaue Titel (Groß-/Kleinschreibung wird ignoriert).</translation>
    </message>
    <message>
        <source>impact needs a workspace file and an element (see cxatlas impact --help).</source>
        <translation>impact braucht eine Arbeitsbereichsdatei und ein Element (siehe cxatlas impact --help).</translation>
    </message>
    <message>
        <source>%1: no element or metric has the id or title “%2”.</source>
        <translation>%1: Kein Element und keine Kennzahl hat die ID oder den Titel „%2“.</translation>
    </message>
    <message>
        <source>%1: “%2” names %3 records; give one of their ids:%4</source>
        <translation>%1: „%2“ bezeichnet %3 Datensätze; geben Sie eine der IDs an:%4</translation>
    </message>
    <message>
        <source>a Mermaid journey diagram holds one journey: choose it with --journey (this workspace has %1).</source>
        <translation>Ein Mermaid-Journey-Diagramm enthält genau eine Journey: Wählen Sie sie mit --journey (dieser Arbeitsbereich hat %1).</translation>
    </message>
    <message>
        <source>--dpi takes a whole number, not “%1”.</source>
        <translation>--dpi erwartet eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>vector PDF of journeys, personas and the architecture</source>
        <translation>Vektor-PDF der Journeys, Personas und der Architektur</translation>
    </message>
    <message>
        <source>workspace JSON, version 1 (the interchange format; cxatlas import reads it)</source>
        <translation>Arbeitsbereich-JSON, Version 1 (das Austauschformat; cxatlas import liest es)</translation>
    </message>
    <message>
        <source>SVG of a journey or of the architecture view</source>
        <translation>SVG einer Journey oder der Architekturansicht</translation>
    </message>
    <message>
        <source>PNG of a journey or of the architecture view</source>
        <translation>PNG einer Journey oder der Architekturansicht</translation>
    </message>
    <message>
        <source>GraphML of the architecture graph (kinds and titles as attributes)</source>
        <translation>GraphML des Architekturgraphen (Arten und Titel als Attribute)</translation>
    </message>
    <message>
        <source>Graphviz DOT of the architecture graph</source>
        <translation>Graphviz DOT des Architekturgraphen</translation>
    </message>
    <message>
        <source>Mermaid journey diagram of one journey (cxatlas import reads it back)</source>
        <translation>Mermaid-Journey-Diagramm einer Journey (cxatlas import liest es wieder ein)</translation>
    </message>
    <message>
        <source>CSV of moments, one row each (RFC 4180)</source>
        <translation>CSV der Momente, eine Zeile pro Moment (RFC 4180)</translation>
    </message>
    <message>
        <source> (not available in this build)</source>
        <translation> (in diesem Build nicht verfügbar)</translation>
    </message>
    <message>
        <source>Exports a workspace, or one journey of it, to another format. Never changes the workspace. Formats:</source>
        <translation>Exportiert einen Arbeitsbereich oder eine seiner Journeys in ein anderes Format. Ändert den Arbeitsbereich nie. Formate:</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>Das Format: %1.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Die zu schreibende Datei (wird ersetzt, falls vorhanden).</translation>
    </message>
    <message>
        <source>Export only this journey (its id or its title) and what it needs.</source>
        <translation>Nur diese Journey exportieren (ihre ID oder ihr Titel) und was sie benötigt.</translation>
    </message>
    <message>
        <source>pdf: A4 (default), A3, Letter or Tabloid.</source>
        <translation>pdf: A4 (Standard), A3, Letter oder Tabloid.</translation>
    </message>
    <message>
        <source>pdf: landscape (default) or portrait.</source>
        <translation>pdf: landscape (Standard) oder portrait.</translation>
    </message>
    <message>
        <source>pdf: fit each journey on one page (default) or tile it across pages.</source>
        <translation>pdf: jede Journey auf eine Seite einpassen (fit, Standard) oder auf mehrere Seiten verteilen (tile).</translation>
    </message>
    <message>
        <source>pdf, svg: the document&apos;s title (default: the workspace&apos;s).</source>
        <translation>pdf, svg: der Titel des Dokuments (Standard: der des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>pdf: the author in the document&apos;s metadata.</source>
        <translation>pdf: der Autor in den Metadaten des Dokuments.</translation>
    </message>
    <message>
        <source>svg, png: the journey map (default) or the architecture.</source>
        <translation>svg, png: die Journey Map (Standard) oder die Architektur.</translation>
    </message>
    <message>
        <source>png: the resolution, 96 (default) is one pixel per layout unit.</source>
        <translation>png: die Auflösung; 96 (Standard) ist ein Pixel pro Layout-Einheit.</translation>
    </message>
    <message>
        <source>export needs one workspace file, --format NAME and -o OUT (see cxatlas export --help).</source>
        <translation>export braucht eine Arbeitsbereichsdatei, --format NAME und -o OUT (siehe cxatlas export --help).</translation>
    </message>
    <message>
        <source>unknown format “%1”; use one of: %2.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>the %1 export is not available in this build.</source>
        <translation>der Export %1 ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Makes a new workspace from a workspace JSON file (format: resources/examples/FORMAT.md) or a Mermaid journey diagram (.mmd, .mermaid), or with --into merges it into an existing workspace: ids are kept, records already there with the same content are left alone, conflicts are listed. All or nothing: on any error no file is written or changed.</source>
        <translation>Erstellt einen neuen Arbeitsbereich aus einer Arbeitsbereich-JSON-Datei (Format: resources/examples/FORMAT.md) oder einem Mermaid-Journey-Diagramm (.mmd, .mermaid) oder führt sie mit --into in einen bestehenden Arbeitsbereich zusammen: IDs bleiben erhalten, bereits vorhandene Datensätze mit gleichem Inhalt bleiben unverändert, Konflikte werden aufgelistet. Alles oder nichts: Bei einem Fehler wird keine Datei geschrieben oder geändert.</translation>
    </message>
    <message>
        <source>Merge into this existing workspace (one transaction, one undo step).</source>
        <translation>In diesen bestehenden Arbeitsbereich zusammenführen (eine Transaktion, ein Rückgängig-Schritt).</translation>
    </message>
    <message>
        <source>import needs one input file and -o FILE (a new workspace) or --into FILE (a merge); see cxatlas import --help.</source>
        <translation>import braucht eine Eingabedatei und -o FILE (neuer Arbeitsbereich) oder --into FILE (Zusammenführen); siehe cxatlas import --help.</translation>
    </message>
    <message>
        <source>The file to read: workspace JSON, or a Mermaid journey diagram (by its name, .mmd or .mermaid, or its first line).</source>
        <translation>Die zu lesende Datei: Arbeitsbereich-JSON oder ein Mermaid-Journey-Diagramm (erkannt am Namen, .mmd oder .mermaid, oder an der ersten Zeile).</translation>
    </message>
    <message>
        <source>pdf: the parts to print, separated by commas: %1 (default: all).</source>
        <translation>pdf: die zu druckenden Teile, durch Kommas getrennt: %1 (Standard: alle).</translation>
    </message>
    <message>
        <source>note: “%1” uses the older file format %2; it was read through a copy upgraded to %3 and is unchanged.</source>
        <translation>Hinweis: „%1“ verwendet das ältere Dateiformat %2; die Datei wurde über eine auf %3 aktualisierte Kopie gelesen und bleibt unverändert.</translation>
    </message>
    <message>
        <source>note: “%1” was upgraded from file format %2 to %3; the file as it was is kept as “%4”.</source>
        <translation>Hinweis: „%1“ wurde vom Dateiformat %2 auf %3 aktualisiert; die ursprüngliche Datei bleibt als „%4“ erhalten.</translation>
    </message>
    <message>
        <source>CSV of the ended voting rounds&apos; results, one row per round and moment with dots (RFC 4180; only the header when no round has ended)</source>
        <translation>CSV der Ergebnisse beendeter Abstimmungsrunden, eine Zeile pro Runde und Moment mit Punkten (RFC 4180; nur die Kopfzeile, wenn keine Runde beendet ist)</translation>
    </message>
    <message>
        <source>Prints every metric with its latest value, its 95% interval and sample size where the values come from survey responses, its target, status (on track, at risk, off track) and trend, its values per period, and the correlation of its values with those of the metrics that drive it (a correlation, not a cause; none with fewer than 6 common periods). Never changes the file.

Exit status: 0 on success, 2 on any error.</source>
        <translation>Gibt jede Kennzahl aus mit ihrem letzten Wert, ihrem 95-%-Intervall und Stichprobenumfang, sofern die Werte aus Umfrageantworten stammen, ihrem Zielwert, Status (im Plan, gefährdet, verfehlt) und Trend, ihren Werten pro Zeitraum und der Korrelation ihrer Werte mit denen der Kennzahlen, die sie treiben (eine Korrelation, keine Ursache; keine bei weniger als 6 gemeinsamen Zeiträumen). Ändert die Datei nie.

Exit-Status: 0 bei Erfolg, 2 bei jedem Fehler.</translation>
    </message>
    <message>
        <source>The periods to compute values for: week (ISO weeks), month (default) or quarter.</source>
        <translation>Die Zeiträume, für die Werte berechnet werden: week (ISO-Wochen), month (Standard) oder quarter.</translation>
    </message>
    <message>
        <source>metrics needs a workspace file (see cxatlas metrics --help).</source>
        <translation>metrics braucht eine Arbeitsbereichsdatei (siehe cxatlas metrics --help).</translation>
    </message>
    <message>
        <source>--period must be week, month or quarter, not “%1”.</source>
        <translation>--period muss week, month oder quarter sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Imports survey responses from a CSV or TSV file (comma, semicolon or tab separated, UTF-8) into a metric of the workspace, as one undo step. Every row is checked first: bad rows (a missing or unreadable date, a score that is not a number or lies outside the scale, an unknown moment) are listed by line and reason, and nothing is written unless --skip-bad-rows is given. COL is a column&apos;s header or its number (1 is the first).

Exit status: 0 on success, 2 on any error.</source>
        <translation>Importiert Umfrageantworten aus einer CSV- oder TSV-Datei (durch Komma, Semikolon oder Tabulator getrennt, UTF-8) in eine Kennzahl des Arbeitsbereichs, als ein Rückgängig-Schritt. Jede Zeile wird zuerst geprüft: Fehlerhafte Zeilen (ein fehlendes oder unlesbares Datum, eine Bewertung, die keine Zahl ist oder außerhalb der Skala liegt, ein unbekannter Moment) werden mit Zeile und Grund aufgelistet, und es wird nichts geschrieben, außer --skip-bad-rows ist angegeben. COL ist die Überschrift einer Spalte oder ihre Nummer (1 ist die erste).

Exit-Status: 0 bei Erfolg, 2 bei jedem Fehler.</translation>
    </message>
    <message>
        <source>The metric: its id or exact title (case ignored).</source>
        <translation>Die Kennzahl: ihre ID oder ihr genauer Titel (Groß-/Kleinschreibung wird ignoriert).</translation>
    </message>
    <message>
        <source>The column of the response&apos;s date.</source>
        <translation>Die Spalte mit dem Datum der Antwort.</translation>
    </message>
    <message>
        <source>The column of the score.</source>
        <translation>Die Spalte mit der Bewertung.</translation>
    </message>
    <message>
        <source>The column naming the moment a response is about (its id or title).</source>
        <translation>Die Spalte, die den Moment einer Antwort nennt (seine ID oder sein Titel).</translation>
    </message>
    <message>
        <source>The column of the respondent&apos;s segment.</source>
        <translation>Die Spalte mit dem Segment der antwortenden Person.</translation>
    </message>
    <message>
        <source>The answer scale: nps (0–10), csat (1–5), ces5 (1–5), ces7 (1–7) or custom (with --range). Default: the scale of the metric&apos;s earlier imports, else the one its kind uses.</source>
        <translation>Die Antwortskala: nps (0–10), csat (1–5), ces5 (1–5), ces7 (1–7) oder custom (mit --range). Standard: die Skala der früheren Importe der Kennzahl, sonst die zu ihrer Art passende.</translation>
    </message>
    <message>
        <source>The lowest and highest score of a custom scale.</source>
        <translation>Die niedrigste und höchste Bewertung einer benutzerdefinierten Skala.</translation>
    </message>
    <message>
        <source>Import the good rows and skip the bad ones (still listed).</source>
        <translation>Fehlerfreie Zeilen importieren und fehlerhafte überspringen (werden trotzdem aufgelistet).</translation>
    </message>
    <message>
        <source>The CSV or TSV file of responses.</source>
        <translation>Die CSV- oder TSV-Datei mit den Antworten.</translation>
    </message>
    <message>
        <source>responses import needs a workspace, a CSV file, --metric, --date and --score; see cxatlas responses import --help.</source>
        <translation>responses import braucht einen Arbeitsbereich, eine CSV-Datei, --metric, --date und --score; siehe cxatlas responses import --help.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>--scale must be nps, csat, ces5, ces7 or custom, not “%1”.</source>
        <translation>--scale muss nps, csat, ces5, ces7 oder custom sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--range must be two numbers LOW:HIGH with LOW below HIGH, not “%1”.</source>
        <translation>--range müssen zwei Zahlen LOW:HIGH mit LOW kleiner HIGH sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--range is for a custom scale; the %1 scale&apos;s range is fixed.</source>
        <extracomment>%1: the scale as given to --scale (nps, csat, ces5, ces7), not translated</extracomment>
        <translation>--range gilt für eine benutzerdefinierte Skala; der Bereich der Skala %1 ist fest vorgegeben.</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (--%3); its columns are: %4.</source>
        <translation>%1 hat keine Spalte „%2“ (--%3); die Spalten sind: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad row(s) of %2; nothing was imported (fix them, or give --skip-bad-rows).</source>
        <translation>
            <numerusform>%1: %n fehlerhafte Zeile von %2; es wurde nichts importiert (korrigieren Sie sie oder geben Sie --skip-bad-rows an).</numerusform>
            <numerusform>%1: %n fehlerhafte Zeilen von %2; es wurde nichts importiert (korrigieren Sie sie oder geben Sie --skip-bad-rows an).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) from %1 into “%2” (%3 scale)</source>
        <extracomment>%1: a file; %2: a metric; %3: the scale as --scale names it (nps, csat, ces5, ces7, custom), not translated</extracomment>
        <translation>
            <numerusform>%n Antwort aus %1 in „%2“ importiert (Skala %3)</numerusform>
            <numerusform>%n Antworten aus %1 in „%2“ importiert (Skala %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n bad row(s) skipped</source>
        <translation>
            <numerusform>; %n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>; %n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the imports of survey responses each metric holds: the source file, when it was imported, its scale and how many responses. Never changes the file.</source>
        <translation>Listet die Importe von Umfrageantworten jeder Kennzahl auf: die Quelldatei, wann sie importiert wurde, ihre Skala und die Anzahl der Antworten. Ändert die Datei nie.</translation>
    </message>
    <message>
        <source>responses list needs a workspace file (see cxatlas responses list --help).</source>
        <translation>responses list braucht eine Arbeitsbereichsdatei (siehe cxatlas responses list --help).</translation>
    </message>
    <message numerus="yes">
        <source>%1  “%2”: %3, imported %4, %5 scale, %n response(s)
</source>
        <extracomment>%5: the scale as --scale names it (nps, csat, ces5, ces7, custom), not translated</extracomment>
        <translation>
            <numerusform>%1  „%2“: %3, importiert %4, Skala %5, %n Antwort
</numerusform>
            <numerusform>%1  „%2“: %3, importiert %4, Skala %5, %n Antworten
</numerusform>
        </translation>
    </message>
    <message>
        <source>No metric holds survey responses.
</source>
        <translation>Keine Kennzahl enthält Umfrageantworten.
</translation>
    </message>
    <message>
        <source>Usage:
  cxatlas responses import FILE CSV --metric ID|TITLE --date COL --score COL
        [--moment COL] [--segment COL] [--scale NAME] [--range LOW:HIGH] [--skip-bad-rows]
  cxatlas responses list FILE [--json]
See cxatlas responses import --help.
</source>
        <translation>Aufruf:
  cxatlas responses import FILE CSV --metric ID|TITLE --date COL --score COL
        [--moment COL] [--segment COL] [--scale NAME] [--range LOW:HIGH] [--skip-bad-rows]
  cxatlas responses list FILE [--json]
Siehe cxatlas responses import --help.
</translation>
    </message>
    <message>
        <source>responses needs an action, import or list, not “%1” (see cxatlas responses --help).</source>
        <translation>responses braucht eine Aktion, import oder list, nicht „%1“ (siehe cxatlas responses --help).</translation>
    </message>
    <message>
        <source>Personas, journey maps and the CX architecture behind them.

Usage:
  cxatlas [FILE]                      open FILE (a .cxatlas workspace) in the window
  cxatlas info FILE [--json]          what a workspace holds
  cxatlas import IN.json -o FILE      make a workspace from workspace JSON
  cxatlas import IN.json --into FILE  merge workspace JSON into a workspace
  cxatlas export FILE --format NAME -o OUT  export (json, csv, graphml, dot, mermaid…)
  cxatlas check FILE [--json]         gaps in the CX architecture (exit 1 when any)
  cxatlas impact FILE ELEMENT [--json]  what depends on an element or metric
  cxatlas metrics FILE [--json] [--period week|month|quarter]  metrics over time
  cxatlas responses import FILE CSV --metric M --date COL --score COL  survey responses
  cxatlas responses list FILE [--json]  the survey responses each metric holds
  cxatlas push FILE URL [--name NAME]  upload a workspace to a team server
  cxatlas pull URL/NAME -o FILE       download a team workspace to a file
  cxatlas server migrate|list URL     prepare a team server; its workspaces
  cxatlas server members|grant|revoke URL/NAME …  who may read and edit
  cxatlas VERB --help                 help for one verb

Read-only verbs (info, export, check, impact, metrics) also take a team workspace&apos;s
URL, postgresql://USER@HOST:PORT/DATABASE/NAME, in place of FILE.

Exit status: 0 on success, 2 on any error (the message goes to standard error);
check exits 1 when it finds gaps.</source>
        <translation>Personas, Journey Maps und die CX-Architektur dahinter.

Aufruf:
  cxatlas [FILE]                      FILE (einen .cxatlas-Arbeitsbereich) im Fenster öffnen
  cxatlas info FILE [--json]          was ein Arbeitsbereich enthält
  cxatlas import IN.json -o FILE      Arbeitsbereich aus Arbeitsbereich-JSON erstellen
  cxatlas import IN.json --into FILE  Arbeitsbereich-JSON in einen Arbeitsbereich zusammenführen
  cxatlas export FILE --format NAME -o OUT  exportieren (json, csv, graphml, dot, mermaid…)
  cxatlas check FILE [--json]         Lücken in der CX-Architektur (Exit-Status 1, falls vorhanden)
  cxatlas impact FILE ELEMENT [--json]  was von einem Element oder einer Kennzahl abhängt
  cxatlas metrics FILE [--json] [--period week|month|quarter]  Kennzahlen im Zeitverlauf
  cxatlas responses import FILE CSV --metric M --date COL --score COL  Umfrageantworten
  cxatlas responses list FILE [--json]  die Umfrageantworten jeder Kennzahl
  cxatlas push FILE URL [--name NAME]  einen Arbeitsbereich auf einen Team-Server hochladen
  cxatlas pull URL/NAME -o FILE       einen Team-Arbeitsbereich in eine Datei herunterladen
  cxatlas server migrate|list URL     einen Team-Server einrichten; seine Arbeitsbereiche
  cxatlas server members|grant|revoke URL/NAME …  wer lesen und bearbeiten darf
  cxatlas VERB --help                 Hilfe zu einem Befehl

Nur lesende Befehle (info, export, check, impact, metrics) akzeptieren statt FILE auch die
URL eines Team-Arbeitsbereichs, postgresql://USER@HOST:PORT/DATABASE/NAME.

Exit-Status: 0 bei Erfolg, 2 bei jedem Fehler (die Meldung geht an die Standardfehlerausgabe);
check endet mit 1, wenn Lücken gefunden werden.</translation>
    </message>
    <message>
        <source>%1 names no workspace: add /WORKSPACE after the database.</source>
        <translation>%1 nennt keinen Arbeitsbereich: Ergänzen Sie /WORKSPACE nach der Datenbank.</translation>
    </message>
    <message>
        <source>The server is up to date (server format %1).
</source>
        <translation>Der Server ist auf dem neuesten Stand (Serverformat %1).
</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s); the server is at format %1.
</source>
        <translation>
            <numerusform>%n Migration angewendet; der Server hat jetzt das Format %1.
</numerusform>
            <numerusform>%n Migrationen angewendet; der Server hat jetzt das Format %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has no workspace “%1” that %2 may open.</source>
        <translation>Auf dem Server gibt es keinen Arbeitsbereich „%1“, den %2 öffnen darf.</translation>
    </message>
    <message>
        <source>“%1” is not an access level: use viewer, editor or owner.</source>
        <translation>„%1“ ist keine Zugriffsstufe: Verwenden Sie viewer, editor oder owner.</translation>
    </message>
    <message>
        <source>%1 is now %2 of “%3”.
</source>
        <translation>%1 hat jetzt Zugriff als %2 auf „%3“.
</translation>
    </message>
    <message>
        <source>%1 is not a member of “%2” (or only its owners may change members).</source>
        <translation>%1 ist kein Mitglied von „%2“ (oder nur dessen Inhaber dürfen Mitglieder ändern).</translation>
    </message>
    <message>
        <source>%1 is no longer a member of “%2”.
</source>
        <translation>%1 ist kein Mitglied von „%2“ mehr.
</translation>
    </message>
    <message>
        <source>Team workspaces on a PostgreSQL server.
  server migrate URL                     create or upgrade the server&apos;s tables (an administrator)
  server list URL                        the workspaces you may open, with your access
  server members URL/NAME                a workspace&apos;s members and their access
  server grant URL/NAME ROLE ACCESS      make a role viewer, editor or owner (owners only)
  server revoke URL/NAME ROLE            remove a member (owners only)
URL: postgresql://USER@HOST:PORT/DATABASE[?sslmode=require…]. The password comes from PGPASSWORD or ~/.pgpass, never the URL. New people need a login role in the group cxatlas_user: CREATE ROLE alice LOGIN PASSWORD &apos;…&apos; IN ROLE cxatlas_user.</source>
        <translation>Team-Arbeitsbereiche auf einem PostgreSQL-Server.
  server migrate URL                     die Tabellen des Servers anlegen oder aktualisieren (Administration)
  server list URL                        die Arbeitsbereiche, die Sie öffnen dürfen, mit Ihrem Zugriff
  server members URL/NAME                die Mitglieder eines Arbeitsbereichs und ihr Zugriff
  server grant URL/NAME ROLE ACCESS      einer Rolle Zugriff als viewer, editor oder owner geben (nur Inhaber)
  server revoke URL/NAME ROLE            ein Mitglied entfernen (nur Inhaber)
URL: postgresql://USER@HOST:PORT/DATABASE[?sslmode=require…]. Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie aus der URL. Neue Personen brauchen eine Login-Rolle in der Gruppe cxatlas_user: CREATE ROLE alice LOGIN PASSWORD &apos;…&apos; IN ROLE cxatlas_user.</translation>
    </message>
    <message>
        <source>migrate, list, members, grant or revoke.</source>
        <translation>migrate, list, members, grant oder revoke.</translation>
    </message>
    <message>
        <source>The server (and workspace) address.</source>
        <translation>Die Adresse des Servers (und des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>usage: cxatlas server migrate|list URL, server members URL/NAME, server grant URL/NAME ROLE viewer|editor|owner, server revoke URL/NAME ROLE; see cxatlas server --help.</source>
        <translation>Aufruf: cxatlas server migrate|list URL, server members URL/NAME, server grant URL/NAME ROLE viewer|editor|owner, server revoke URL/NAME ROLE; siehe cxatlas server --help.</translation>
    </message>
    <message>
        <source>Uploads a workspace file to a team server as a new workspace, ids kept, in one transaction; you become its owner. The file is not changed.</source>
        <translation>Lädt eine Arbeitsbereichsdatei als neuen Arbeitsbereich auf einen Team-Server hoch, mit unveränderten IDs und in einer Transaktion; Sie werden sein Inhaber. Die Datei wird nicht geändert.</translation>
    </message>
    <message>
        <source>The workspace&apos;s name on the server (default: the file&apos;s name).</source>
        <translation>Der Name des Arbeitsbereichs auf dem Server (Standard: der Name der Datei).</translation>
    </message>
    <message>
        <source>The workspace file to upload.</source>
        <translation>Die hochzuladende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The server: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Der Server: postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>push needs a workspace file and a server URL; see cxatlas push --help.</source>
        <translation>push braucht eine Arbeitsbereichsdatei und eine Server-URL; siehe cxatlas push --help.</translation>
    </message>
    <message>
        <source>Uploaded “%1” as %2
</source>
        <translation>„%1“ hochgeladen als %2
</translation>
    </message>
    <message>
        <source>Downloads a team workspace to a new workspace file, ids kept. All or nothing: on any error no file is written.</source>
        <translation>Lädt einen Team-Arbeitsbereich in eine neue Arbeitsbereichsdatei herunter, mit unveränderten IDs. Alles oder nichts: Bei einem Fehler wird keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The workspace file to write.</source>
        <translation>Die zu schreibende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The workspace: postgresql://USER@HOST:PORT/DATABASE/NAME.</source>
        <translation>Der Arbeitsbereich: postgresql://USER@HOST:PORT/DATABASE/NAME.</translation>
    </message>
    <message>
        <source>pull needs a workspace URL and -o FILE; see cxatlas pull --help.</source>
        <translation>pull braucht eine Arbeitsbereichs-URL und -o FILE; siehe cxatlas pull --help.</translation>
    </message>
</context>
</TS>
