<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>No gaps</source>
        <translation>Aucune lacune</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n lacune</numerusform>
            <numerusform>%n lacunes</numerusform>
        </translation>
    </message>
    <message>
        <source>Every moment that matters is measured, owned and supported backstage; every element is linked; every metric leads to a strategic one.</source>
        <translation>Chaque moment de vérité est mesuré, a un responsable et un appui en back-office&#x202f;; chaque élément est lié&#x202f;; chaque indicateur mène à un indicateur stratégique.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Score: impact × the value of the moments it improves ÷ effort.</source>
        <translation>Score&#xa0;: impact × valeur des moments améliorés ÷ effort.</translation>
    </message>
    <message>
        <source>No opportunities yet.</source>
        <translation>Aucune opportunité pour l’instant.</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, score %2</translation>
    </message>
    <message numerus="yes">
        <source>impact %1 · effort %2 · %n moment(s)</source>
        <translation>
            <numerusform>impact %1 · effort %2 · %n moment</numerusform>
            <numerusform>impact %1 · effort %2 · %n moments</numerusform>
        </translation>
    </message>
    <message>
        <source>Systems and processes by value</source>
        <translation>Systèmes et processus par valeur</translation>
    </message>
    <message>
        <source>Value: the importance of every moment that depends on it, moments that matter counted twice. Ties go to the one more chains pass through.</source>
        <translation>Valeur&#xa0;: l’importance de chaque moment qui en dépend, les moments de vérité comptant double. À égalité, l’emporte celui que traversent le plus de chaînes.</translation>
    </message>
    <message>
        <source>No systems or processes yet.</source>
        <translation>Aucun système ni processus pour l’instant.</translation>
    </message>
    <message>
        <source>%1, value %2</source>
        <translation>%1, valeur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n that matter</source>
        <translation>
            <numerusform>, dont %n de vérité</numerusform>
            <numerusform>, dont %n de vérité</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchitectureInspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Select a box to light up its chain and see its details. Drag from one box onto another to link them.</source>
        <translation>Sélectionnez un bloc pour mettre en évidence sa chaîne et voir ses détails. Faites glisser un bloc sur un autre pour les lier.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>Qui en répond</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Metric kind</source>
        <translation>Type d’indicateur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Metric level</source>
        <translation>Niveau d’indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Meilleur si</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>plus élevé</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>customer voice</source>
        <translation>voix du client</translation>
    </message>
    <message>
        <source>research</source>
        <translation>études</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analytique</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Study, survey, report…</source>
        <translation>Étude, enquête, rapport…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Impact, 1 to 5</source>
        <translation>Impact, de 1 à 5</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Effort, 1 to 5</source>
        <translation>Effort, de 1 à 5</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>Its chain up and down holds %n item(s).</source>
        <translation>
            <numerusform>Sa chaîne, en amont et en aval, compte %n élément.</numerusform>
            <numerusform>Sa chaîne, en amont et en aval, compte %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact…</source>
        <translation>Impact…</translation>
    </message>
    <message>
        <source>Show what depends on %1</source>
        <translation>Afficher ce qui dépend de %1</translation>
    </message>
    <message>
        <source>Edit the moment itself on the journey map.</source>
        <translation>Modifiez le moment lui-même sur la carte du parcours.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>ArchitecturePage</name>
    <message>
        <source>All journeys</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Moments that matter only</source>
        <translation>Moments de vérité seulement</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ Ajouter</translation>
    </message>
    <message>
        <source>Add an element, a metric, an insight or an opportunity</source>
        <translation>Ajouter un élément, un indicateur, un enseignement ou une opportunité</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom %1 percent</source>
        <translation>Zoom %1 pour cent</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Ajuster l’image à la fenêtre</translation>
    </message>
    <message>
        <source>CX architecture</source>
        <translation>Architecture CX</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
    <message>
        <source>Insights and opportunities</source>
        <translation>Enseignements et opportunités</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Nothing here matches the filters.</source>
        <translation>Rien ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>No moments, elements or metrics yet. Add a story, a service or a system with + Element.</source>
        <translation>Aucun moment, élément ni indicateur pour l’instant. Ajoutez un récit, un service ou un système avec + Élément.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>Carte du parcours %1</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurveLegend</name>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>No persona yet</source>
        <translation>Aucun persona pour l’instant</translation>
    </message>
    <message>
        <source>Show the curve of %1</source>
        <translation>Afficher la courbe de %1</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Compare with another journey&apos;s curve</source>
        <translation>Comparer avec la courbe d’un autre parcours</translation>
    </message>
</context>
<context>
    <name>EmotionCurves</name>
    <message>
        <source>Emotion of %1 for %2: %3</source>
        <translation>Émotion de %1 pour %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>EndRoundDialog</name>
    <message>
        <source>End “%1”?</source>
        <translation>Clore «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) cast. Once the round ends its votes can no longer change; Edit &gt; Undo reopens it.</source>
        <translation>
            <numerusform>%n gommette posée. Une fois le tour clos, ses votes ne peuvent plus changer&#x202f;; Édition &gt; Annuler le rouvre.</numerusform>
            <numerusform>%n gommettes posées. Une fois le tour clos, ses votes ne peuvent plus changer&#x202f;; Édition &gt; Annuler le rouvre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Evidence %1, source</source>
        <translation>Preuve %1, source</translation>
    </message>
    <message>
        <source>Evidence %1, kind</source>
        <translation>Preuve %1, type</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>Evidence %1, date</source>
        <translation>Preuve %1, date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence %1, note</source>
        <translation>Preuve %1, note</translation>
    </message>
    <message>
        <source>Move evidence %1 up</source>
        <translation>Monter la preuve %1</translation>
    </message>
    <message>
        <source>Move evidence %1 down</source>
        <translation>Descendre la preuve %1</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>Retirer la preuve %1</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Add an evidence source</source>
        <translation>Ajouter une source de preuve</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Workspace JSON (*.json)</source>
        <translation>JSON d’espace de travail (*.json)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd)</source>
        <translation>Diagrammes Mermaid (*.mmd)</translation>
    </message>
    <message>
        <source>GraphML graphs (*.graphml)</source>
        <translation>Graphes GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Graphviz DOT graphs (*.dot)</source>
        <translation>Graphes Graphviz DOT (*.dot)</translation>
    </message>
    <message numerus="yes">
        <source>First page of %n</source>
        <translation>
            <numerusform>Première page sur %n</numerusform>
            <numerusform>Première page sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The start of the file</source>
        <translation>Le début du fichier</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>ExportOptionsPanel</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>To print or show</source>
        <translation>Pour imprimer ou présenter</translation>
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
        <source>For other tools</source>
        <translation>Pour d’autres outils</translation>
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
        <source>CSV of votes</source>
        <translation>CSV des votes</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Tout l’espace de travail</translation>
    </message>
    <message>
        <source>First journey</source>
        <translation>Premier parcours</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Fit each on one page</source>
        <translation>Une page par carte</translation>
    </message>
    <message>
        <source>Tile across pages</source>
        <translation>Répartir sur plusieurs pages</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Cover with contents</source>
        <translation>Couverture et sommaire</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Cartes des parcours</translation>
    </message>
    <message>
        <source>A sheet per persona</source>
        <translation>Une fiche par persona</translation>
    </message>
    <message>
        <source>Architecture diagram</source>
        <translation>Schéma d’architecture</translation>
    </message>
    <message>
        <source>Workshop results</source>
        <translation>Résultats de l’atelier</translation>
    </message>
    <message>
        <source>Metrics: hierarchy, trends and drivers</source>
        <translation>Indicateurs&#xa0;: hiérarchie, tendances et leviers</translation>
    </message>
    <message>
        <source>Gaps and metrics</source>
        <translation>Lacunes et indicateurs</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation>Résolution (ppp)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No moments match “%1”.</source>
        <translation>Aucun moment ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) found.</source>
        <translation>
            <numerusform>%n moment trouvé.</numerusform>
            <numerusform>%n moments trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find moments</source>
        <translation>Rechercher des moments</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <source>Workspace JSON, Mermaid journeys or survey responses (*.json *.mmd *.mermaid *.csv *.tsv *.txt)</source>
        <translation>JSON d’espace de travail, parcours Mermaid ou réponses à l’enquête (*.json *.mmd *.mermaid *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Workspace JSON (*.json)</source>
        <translation>JSON d’espace de travail (*.json)</translation>
    </message>
    <message>
        <source>Mermaid journey diagrams (*.mmd *.mermaid)</source>
        <translation>Diagrammes de parcours Mermaid (*.mmd *.mermaid)</translation>
    </message>
    <message>
        <source>Survey responses (*.csv *.tsv *.txt)</source>
        <translation>Réponses à l’enquête (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose workspace JSON (.json) or a Mermaid journey diagram (.mmd) to see what it holds before anything is imported.</source>
        <translation>Choisissez un JSON d’espace de travail (.json) ou un diagramme de parcours Mermaid (.mmd) pour voir son contenu avant toute importation.</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importer dans</translation>
    </message>
    <message>
        <source>The open workspace, “%1” (one step you can undo)</source>
        <translation>L’espace de travail ouvert, «&#xa0;%1&#xa0;» (une seule étape, annulable)</translation>
    </message>
    <message>
        <source>The open workspace (it is read-only)</source>
        <translation>L’espace de travail ouvert (en lecture seule)</translation>
    </message>
    <message>
        <source>The open workspace (none is open)</source>
        <translation>L’espace de travail ouvert (aucun n’est ouvert)</translation>
    </message>
    <message>
        <source>A new workspace named after “%1”</source>
        <translation>Un nouvel espace de travail nommé d’après «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A new workspace named after the file</source>
        <translation>Un nouvel espace de travail nommé d’après le fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be merged into the open workspace; these records conflict with it:</source>
        <translation>Impossible de le fusionner dans l’espace de travail ouvert&#x202f;; ces enregistrements sont en conflit avec lui&#xa0;:</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite Participants</source>
        <translation>Inviter des participants</translation>
    </message>
    <message>
        <source>Participants join from the browser of their phone or laptop, on the same network as this computer: no app, no account.</source>
        <translation>Les participants se joignent depuis le navigateur de leur téléphone ou de leur ordinateur portable, sur le même réseau que cet ordinateur&#xa0;: sans application, sans compte.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Network participants are on</source>
        <translation>Réseau des participants</translation>
    </message>
    <message>
        <source>They see this journey&apos;s current stage and its moments, the voting round and the timer, and can vote and park notes. Nothing else of the workspace is shared. The session stops when you stop it, close the workspace or quit CX Atlas.</source>
        <translation>Ils voient l’étape en cours de ce parcours et ses moments, le tour de vote et le minuteur, et peuvent voter et garer des notes. Rien d’autre de l’espace de travail n’est partagé. La session s’arrête lorsque vous l’arrêtez, fermez l’espace de travail ou quittez CX Atlas.</translation>
    </message>
    <message>
        <source>QR code of the join address %1</source>
        <translation>Code QR de l’adresse pour rejoindre %1</translation>
    </message>
    <message>
        <source>Scan the code, or open this address:</source>
        <translation>Scannez le code ou ouvrez cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Adresse pour rejoindre</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the join address</source>
        <translation>Copier l’adresse pour rejoindre</translation>
    </message>
    <message>
        <source>Network: %1. The address works until the session stops.</source>
        <translation>Réseau&#xa0;: %1. L’adresse fonctionne jusqu’à l’arrêt de la session.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Show on Projector</source>
        <translation>Afficher sur le projecteur</translation>
    </message>
    <message>
        <source>Stop Session</source>
        <translation>Arrêter la session</translation>
    </message>
</context>
<context>
    <name>JoinSlide</name>
    <message>
        <source>Join the workshop</source>
        <translation>Rejoindre l’atelier</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Rejoignez depuis votre téléphone</translation>
    </message>
    <message>
        <source>QR code of the join address %1</source>
        <translation>Code QR de l’adresse pour rejoindre %1</translation>
    </message>
</context>
<context>
    <name>JourneysPage</name>
    <message>
        <source> (future state)</source>
        <translation> (état cible)</translation>
    </message>
    <message>
        <source>No journey</source>
        <translation>Aucun parcours</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>+ Stage</source>
        <translation>+ Étape</translation>
    </message>
    <message>
        <source>+ Lane</source>
        <translation>+ Couloir</translation>
    </message>
    <message>
        <source>Moments that matter</source>
        <translation>Moments de vérité</translation>
    </message>
    <message>
        <source>Dim every other moment</source>
        <translation>Estomper tous les autres moments</translation>
    </message>
    <message>
        <source>Workshop ▾</source>
        <translation>Atelier ▾</translation>
    </message>
    <message>
        <source>Start a voting round…</source>
        <translation>Lancer un tour de vote…</translation>
    </message>
    <message>
        <source>End the voting round…</source>
        <translation>Clore le tour de vote…</translation>
    </message>
    <message>
        <source>Round results…</source>
        <translation>Résultats du tour…</translation>
    </message>
    <message>
        <source>Park a note	P</source>
        <translation>Noter au parking	P</translation>
    </message>
    <message>
        <source>Show the parking lot</source>
        <translation>Afficher le parking d’idées</translation>
    </message>
    <message>
        <source>View ▾</source>
        <translation>Affichage ▾</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>Minicarte</translation>
    </message>
    <message>
        <source>Show the overview in a corner of the map that has no cards</source>
        <translation>Afficher la vue d’ensemble dans un coin de la carte sans fiches</translation>
    </message>
    <message>
        <source>Metrics on the cards</source>
        <translation>Indicateurs sur les fiches</translation>
    </message>
    <message>
        <source>A small line of each measuring metric&apos;s last twelve months</source>
        <translation>Une petite courbe des douze derniers mois de chaque indicateur de mesure</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom %1 percent</source>
        <translation>Zoom %1 pour cent</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Ajuster la carte à la fenêtre</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Show this journey full screen for a workshop (F5)</source>
        <translation>Afficher ce parcours en plein écran pour un atelier (F5)</translation>
    </message>
    <message>
        <source>This workspace has no journeys yet.</source>
        <translation>Cet espace de travail n’a pas encore de parcours.</translation>
    </message>
    <message>
        <source>Add a journey</source>
        <translation>Ajouter un parcours</translation>
    </message>
    <message>
        <source>Invite Participants…</source>
        <translation>Inviter des participants…</translation>
    </message>
</context>
<context>
    <name>LaneHeader</name>
    <message>
        <source>Steps</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensées</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Front-office</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Lane %1 (%2)</source>
        <translation>Couloir %1 (%2)</translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation>Nom du couloir</translation>
    </message>
    <message>
        <source>Lane actions</source>
        <translation>Actions du couloir</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Add lane above</source>
        <translation>Ajouter un couloir au-dessus</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation>Ajouter un couloir en dessous</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete lane and its moments</source>
        <translation>Supprimer le couloir et ses moments</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Rien pour l’instant.</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Délier %1</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Link to… (type to search)</source>
        <translation>Lier à… (tapez pour chercher)</translation>
    </message>
    <message>
        <source>Search for something to link to</source>
        <translation>Rechercher un élément à lier</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Link: %1 %2</source>
        <translation>Lien&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Nothing to link matches “%1”.</source>
        <translation>Rien à lier ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CX Atlas</source>
        <translation>CX Atlas</translation>
    </message>
    <message>
        <source>%1 (read-only) — CX Atlas</source>
        <translation>%1 (lecture seule) — CX Atlas</translation>
    </message>
    <message>
        <source>%1 — CX Atlas</source>
        <translation>%1 — CX Atlas</translation>
    </message>
    <message>
        <source>Drop a .cxatlas workspace to open it, or workspace JSON, a Mermaid journey or survey responses (CSV) to import them</source>
        <translation>Déposez un espace de travail .cxatlas pour l’ouvrir, ou un JSON d’espace de travail, un parcours Mermaid ou des réponses à l’enquête (CSV) pour les importer</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>MattersWalkView</name>
    <message>
        <source>★ Moment that matters %1 of %2</source>
        <translation>★ Moment de vérité %1 sur %2</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Liés</translation>
    </message>
    <message>
        <source>Nothing is linked to this moment yet: no story, system or metric.</source>
        <translation>Rien n’est encore lié à ce moment&#xa0;: ni récit, ni système, ni indicateur.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <source>Measurements (%1)</source>
        <translation>Mesures (%1)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet</source>
        <translation>Coller des lignes copiées d’un tableur</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected measurements</source>
        <translation>Supprimer les mesures sélectionnées</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Date of row %1</source>
        <translation>Date de la ligne %1</translation>
    </message>
    <message>
        <source>Value of row %1</source>
        <translation>Valeur de la ligne %1</translation>
    </message>
    <message>
        <source>Note of row %1</source>
        <translation>Note de la ligne %1</translation>
    </message>
    <message>
        <source>No measurements. Add one, or copy dates and values from a spreadsheet and paste them here (Ctrl+V).</source>
        <translation>Aucune mesure. Ajoutez-en une, ou copiez des dates et des valeurs depuis un tableur et collez-les ici (Ctrl+V).</translation>
    </message>
    <message>
        <source>Row %1: %2, %3</source>
        <translation>Ligne %1&#xa0;: %2, %3</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Ignorer le message</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>%1 over time, %2</source>
        <translation>%1 au fil du temps, %2</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Small sample (under 30)</source>
        <translation>Petit échantillon (moins de 30)</translation>
    </message>
    <message>
        <source>Latest %1 (%2) · %3 %4</source>
        <translation>Dernière valeur %1 (%2) · %3 %4</translation>
    </message>
    <message>
        <source>No values to draw yet.</source>
        <translation>Aucune valeur à tracer pour l’instant.</translation>
    </message>
</context>
<context>
    <name>MetricDetails</name>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind and level</source>
        <translation>Type et niveau</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>e.g. %, points, minutes</source>
        <translation>ex. %, points, minutes</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Meilleur si</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>Qui en répond</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What it measures, where the data comes from</source>
        <translation>Ce qu’il mesure, d’où viennent les données</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Nothing yet. Link it to a moment or an element in the Architecture view.</source>
        <translation>Rien pour l’instant. Liez-le à un moment ou à un élément dans la vue Architecture.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
</context>
<context>
    <name>MetricRow</name>
    <message>
        <source>%1, %2, latest %3, %4, %5</source>
        <translation>%1, %2, dernière valeur %3, %4, %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Replier</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Déplier</translation>
    </message>
    <message>
        <source>⟳ cycle closes here</source>
        <translation>⟳ le cycle se ferme ici</translation>
    </message>
    <message>
        <source>⟳ in a cycle</source>
        <translation>⟳ dans un cycle</translation>
    </message>
</context>
<context>
    <name>MetricStatus</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Aucune cible</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Hors cible</translation>
    </message>
</context>
<context>
    <name>MetricTree</name>
    <message>
        <source>Search metrics</source>
        <translation>Rechercher des indicateurs</translation>
    </message>
    <message>
        <source>Search metrics by title or owner</source>
        <translation>Rechercher des indicateurs par titre ou responsable</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Tous les personas</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Metric hierarchy</source>
        <translation>Hiérarchie des indicateurs</translation>
    </message>
    <message>
        <source>No metric matches the filters.</source>
        <translation>Aucun indicateur ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>No metrics yet. Add one in the Architecture view (+ Add › Metric).</source>
        <translation>Aucun indicateur pour l’instant. Ajoutez-en un dans la vue Architecture (+ Ajouter › Indicateur).</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <source>Choose a metric in the tree</source>
        <translation>Choisissez un indicateur dans l’arbre</translation>
    </message>
    <message>
        <source>Import responses…</source>
        <translation>Importer des réponses…</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Chart and measurements</source>
        <translation>Graphique et mesures</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Overview of the whole journey map</source>
        <translation>Vue d’ensemble de toute la carte du parcours</translation>
    </message>
</context>
<context>
    <name>MomentCard</name>
    <message>
        <source>moment that matters</source>
        <translation>moment de vérité</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation>Fondé sur la recherche</translation>
    </message>
    <message>
        <source>Partly backed by evidence</source>
        <translation>Partiellement étayé par des preuves</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supposition</translation>
    </message>
    <message>
        <source>Open the detailed journey</source>
        <translation>Ouvrir le parcours détaillé</translation>
    </message>
    <message>
        <source>stage %1, lane %2</source>
        <translation>étape %1, couloir %2</translation>
    </message>
    <message>
        <source>emotion %1</source>
        <translation>émotion %1</translation>
    </message>
    <message>
        <source>emotion not scored</source>
        <translation>émotion non évaluée</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Mobile app, branch, phone…</source>
        <translation>Appli mobile, agence, téléphone…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>The function that owns it</source>
        <translation>La fonction qui en est responsable</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Évaluée</translation>
    </message>
    <message>
        <source>Emotion score</source>
        <translation>Score émotionnel</translation>
    </message>
    <message>
        <source>Emotion of %1</source>
        <translation>Émotion de %1</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supposition</translation>
    </message>
    <message>
        <source>Partly backed</source>
        <translation>Partiellement étayé</translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation>Fondé sur la recherche</translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <source>Moment that matters</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sans couleur</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Étiquettes (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>MomentInspector</name>
    <message>
        <source>Moment details</source>
        <translation>Détails du moment</translation>
    </message>
    <message>
        <source>Select a moment to see and edit its details.
Double-click the map, or press N, to add one.</source>
        <translation>Sélectionnez un moment pour voir et modifier ses détails.
Double-cliquez sur la carte, ou appuyez sur N, pour en ajouter un.</translation>
    </message>
</context>
<context>
    <name>OverviewMap</name>
    <message>
        <source>%1 — the whole journey</source>
        <translation>%1 — tout le parcours</translation>
    </message>
</context>
<context>
    <name>ParkCapture</name>
    <message>
        <source>Park:</source>
        <translation>Parking&#xa0;:</translation>
    </message>
    <message>
        <source>An idea or a question… Enter parks it, Escape drops it</source>
        <translation>Une idée ou une question… Entrée la gare, Échap l’abandonne</translation>
    </message>
    <message>
        <source>Park an idea or a question</source>
        <translation>Mettre une idée ou une question au parking</translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message>
        <source>Parking lot</source>
        <translation>Parking d’idées</translation>
    </message>
    <message>
        <source>Parking lot (%1)</source>
        <translation>Parking d’idées (%1)</translation>
    </message>
    <message>
        <source>Hide the parking lot</source>
        <translation>Masquer le parking d’idées</translation>
    </message>
    <message>
        <source>A question… (Enter)</source>
        <translation>Une question… (Entrée)</translation>
    </message>
    <message>
        <source>An idea… (Enter)</source>
        <translation>Une idée… (Entrée)</translation>
    </message>
    <message>
        <source>Park an idea or a question</source>
        <translation>Mettre une idée ou une question au parking</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Parked notes</source>
        <translation>Notes au parking</translation>
    </message>
    <message>
        <source>Press P anywhere to park an idea or a question without stopping the workshop. Drag a note onto the map to make it a moment.</source>
        <translation>Appuyez sur P n’importe où pour mettre une idée ou une question au parking sans interrompre l’atelier. Faites glisser une note sur la carte pour en faire un moment.</translation>
    </message>
</context>
<context>
    <name>ParkingNoteCard</name>
    <message>
        <source>Question: %1</source>
        <translation>Question&#xa0;: %1</translation>
    </message>
    <message>
        <source>Idea: %1</source>
        <translation>Idée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation>Actions sur la note</translation>
    </message>
    <message>
        <source>Make a moment after the selected card</source>
        <translation>En faire un moment après la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Make an insight</source>
        <translation>En faire un enseignement</translation>
    </message>
    <message>
        <source>Make an opportunity</source>
        <translation>En faire une opportunité</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <source>%1/%2 dots</source>
        <translation>%1/%2 gommettes</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, connected</source>
        <translation>%1, connecté</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, non connecté</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participants (%1 connected)</source>
        <translation>Participants (%1 connectés)</translation>
    </message>
    <message>
        <source>Join address %1</source>
        <translation>Adresse pour rejoindre %1</translation>
    </message>
    <message>
        <source>Show Code</source>
        <translation>Afficher le code</translation>
    </message>
    <message>
        <source>Stop Session</source>
        <translation>Arrêter la session</translation>
    </message>
    <message>
        <source>People who joined</source>
        <translation>Personnes qui ont rejoint</translation>
    </message>
    <message>
        <source>Nobody has joined yet. Show the code on the projector (J while presenting) or share the address.</source>
        <translation>Personne n’a encore rejoint. Affichez le code sur le projecteur (J pendant la présentation) ou partagez l’adresse.</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Retirer un participant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? Their %n dot(s) in this round go, in one step you can undo.</source>
        <translation>
            <numerusform>Retirer %1&#xa0;? Sa gommette de ce tour disparaît, en une étape que vous pouvez annuler.</numerusform>
            <numerusform>Retirer %1&#xa0;? Ses %n gommettes de ce tour disparaissent, en une étape que vous pouvez annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1? Their page stops working; the notes they parked stay.</source>
        <translation>Retirer %1&#xa0;? Sa page cesse de fonctionner&#x202f;; les notes qu’il ou elle a garées restent.</translation>
    </message>
    <message>
        <source>Stop the Session?</source>
        <translation>Arrêter la session&#xa0;?</translation>
    </message>
    <message>
        <source>Everyone&apos;s page stops working and the code with it; their dots and notes stay in the workspace. A new session gets a new code.</source>
        <translation>La page de chacun cesse de fonctionner, et le code avec elle&#x202f;; les gommettes et les notes restent dans l’espace de travail. Une nouvelle session reçoit un nouveau code.</translation>
    </message>
</context>
<context>
    <name>PersonaAvatar</name>
    <message>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation>Avatar de %1</translation>
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
        <translation>Persona sans nom</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Mapped in %n journey(s)</source>
        <translation>
            <numerusform>Présent dans %n parcours</numerusform>
            <numerusform>Présent dans %n parcours</numerusform>
        </translation>
    </message>
    <message>
        <source>Not mapped in a journey yet</source>
        <translation>Absent de tout parcours pour l’instant</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>PersonaColorPicker</name>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Vert bleuté</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Pourpre rougeâtre</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>Vermillon</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Bleu ciel</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
</context>
<context>
    <name>PersonaEditorView</name>
    <message>
        <source>‹ All personas</source>
        <translation>‹ Tous les personas</translation>
    </message>
    <message>
        <source>Back to all personas</source>
        <translation>Retour à tous les personas</translation>
    </message>
    <message>
        <source>This workspace is open for reading only</source>
        <translation>Cet espace de travail est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Saved as you type · Undo with Ctrl+Z</source>
        <translation>Enregistré à la saisie · Annuler avec Ctrl+Z</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Need state</source>
        <translation>État de besoin</translation>
    </message>
    <message>
        <source>What this customer needs at this point of their life</source>
        <translation>Ce dont ce client a besoin à ce moment de sa vie</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Avec ses propres mots</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Niveau de valeur</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Add a frustration</source>
        <translation>Ajouter une frustration</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Comportements</translation>
    </message>
    <message>
        <source>Add a behaviour</source>
        <translation>Ajouter un comportement</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Données démographiques</translation>
    </message>
    <message>
        <source>Age, place, household, income…</source>
        <translation>Âge, lieu, foyer, revenus…</translation>
    </message>
    <message>
        <source>Psychographics</source>
        <translation>Données psychographiques</translation>
    </message>
    <message>
        <source>Values, attitudes, motivations…</source>
        <translation>Valeurs, attitudes, motivations…</translation>
    </message>
    <message>
        <source>Field notes</source>
        <translation>Notes de terrain</translation>
    </message>
    <message>
        <source>What you saw and heard</source>
        <translation>Ce que vous avez vu et entendu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PersonaGalleryView</name>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>Filter by name, need state or quote</source>
        <translation>Filtrer par nom, état de besoin ou citation</translation>
    </message>
    <message>
        <source>Filter personas</source>
        <translation>Filtrer les personas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Hypotheses</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validés</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Afficher le statut</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Trier par nom</translation>
    </message>
    <message>
        <source>Sort by status</source>
        <translation>Trier par statut</translation>
    </message>
    <message>
        <source>Sort by value tier</source>
        <translation>Trier par niveau de valeur</translation>
    </message>
    <message>
        <source>Sort by last update</source>
        <translation>Trier par dernière modification</translation>
    </message>
    <message>
        <source>Sort personas</source>
        <translation>Trier les personas</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n persona(s)</source>
        <translation>
            <numerusform>%1 sur %n persona</numerusform>
            <numerusform>%1 sur %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No personas yet. A persona describes a customer need state; start one with New persona.</source>
        <translation>Aucun persona pour l’instant. Un persona décrit un état de besoin client&#x202f;; créez-en un avec Nouveau persona.</translation>
    </message>
    <message>
        <source>No persona matches the filter.</source>
        <translation>Aucun persona ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>PersonaJourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>No journey is mapped for this persona yet.</source>
        <translation>Aucun parcours n’est encore cartographié pour ce persona.</translation>
    </message>
    <message>
        <source>%1 (future state)</source>
        <translation>%1 (état cible)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open journey %1</source>
        <translation>Ouvrir le parcours %1</translation>
    </message>
    <message>
        <source>Unlink journey %1</source>
        <translation>Délier le parcours %1</translation>
    </message>
    <message>
        <source>Unlink this journey</source>
        <translation>Délier ce parcours</translation>
    </message>
    <message>
        <source>Journey to link</source>
        <translation>Parcours à lier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Link this persona to the chosen journey</source>
        <translation>Lier ce persona au parcours choisi</translation>
    </message>
</context>
<context>
    <name>PersonaListEditor</name>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, élément %2</translation>
    </message>
    <message>
        <source>Move item %1 of %2 up</source>
        <translation>Monter l’élément %1 sur %2</translation>
    </message>
    <message>
        <source>Move item %1 of %2 down</source>
        <translation>Descendre l’élément %1 sur %2</translation>
    </message>
    <message>
        <source>Remove item %1 of %2</source>
        <translation>Retirer l’élément %1 sur %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
</context>
<context>
    <name>PersonaPhotoPanel</name>
    <message>
        <source>Choose photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>Choisir un fichier photo</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Or drop an image on it. %1</source>
        <translation>Ou déposez-y une image. %1</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>PersonaPicker</name>
    <message>
        <source>All personas</source>
        <translation>Tous les personas</translation>
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
        <translation>Validé</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>Valeur faible</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Valeur élevée</translation>
    </message>
    <message>
        <source>Top value</source>
        <translation>Valeur premium</translation>
    </message>
    <message>
        <source>Medium value</source>
        <translation>Valeur moyenne</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytique</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Social listening</source>
        <translation>Écoute sociale</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Where unnamed workspaces live</source>
        <translation>Dossier des espaces de travail sans nom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>PDF page size</source>
        <translation>Format de page PDF</translation>
    </message>
    <message>
        <source>PDF orientation</source>
        <translation>Orientation PDF</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Unnamed workspaces</source>
        <translation>Espaces de travail sans nom</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Use the Standard Folder</source>
        <translation>Utiliser le dossier par défaut</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Cartes de parcours</translation>
    </message>
    <message>
        <source>Show handles on the emotion curves’ points</source>
        <translation>Afficher les poignées des points des courbes émotionnelles</translation>
    </message>
</context>
<context>
    <name>PresenceBadges</name>
    <message>
        <source>%1 is on this card</source>
        <translation>%1 est sur cette carte</translation>
    </message>
</context>
<context>
    <name>PresenceList</name>
    <message>
        <source>Here:</source>
        <translation>Ici&#xa0;:</translation>
    </message>
    <message>
        <source>Only you here</source>
        <translation>Vous seul ici</translation>
    </message>
</context>
<context>
    <name>PresentCard</name>
    <message>
        <source>Research-based</source>
        <translation>Fondé sur la recherche</translation>
    </message>
    <message>
        <source>Partly backed by evidence</source>
        <translation>Partiellement étayé par des preuves</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supposition</translation>
    </message>
    <message>
        <source>Moment that matters</source>
        <translation>Moment de vérité</translation>
    </message>
</context>
<context>
    <name>PresentControls</name>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Present on screen</source>
        <translation>Présenter sur l’écran</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Projector theme</source>
        <translation>Thème du projecteur</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Animations</translation>
    </message>
    <message>
        <source>As the system says</source>
        <translation>Selon le système</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Réduites</translation>
    </message>
    <message>
        <source>Animated</source>
        <translation>Animées</translation>
    </message>
    <message>
        <source>Camera motion</source>
        <translation>Mouvements de caméra</translation>
    </message>
    <message>
        <source>← → step · O overview · M moments that matter · N presenter view</source>
        <translation>← → avancer · O vue d’ensemble · M moments de vérité · N vue présentateur</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Quitter (Échap)</translation>
    </message>
    <message>
        <source>Join slide (J)</source>
        <translation>Diapositive pour rejoindre (J)</translation>
    </message>
    <message>
        <source>Show the join slide</source>
        <translation>Afficher la diapositive pour rejoindre</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>%1 — %2 — presentation</source>
        <translation>%1 — %2 — présentation</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>%1 — presenter view</source>
        <translation>%1 — vue présentateur</translation>
    </message>
    <message>
        <source>Moment that matters %1 of %2</source>
        <translation>Moment de vérité %1 sur %2</translation>
    </message>
    <message>
        <source>Overview of the whole map</source>
        <translation>Vue d’ensemble de toute la carte</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>No notes for this stage.</source>
        <translation>Aucune note pour cette étape.</translation>
    </message>
    <message>
        <source>Moments and their evidence</source>
        <translation>Moments et leurs preuves</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last stage</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>No voting round is running.</source>
        <translation>Aucun tour de vote en cours.</translation>
    </message>
    <message>
        <source>Keys: → ← step · 1–9 stage · O overview · M moments that matter · T theme · N this window · P park a note · Esc leave</source>
        <translation>Touches&#xa0;: → ← avancer · 1–9 étape · O vue d’ensemble · M moments de vérité · T thème · N cette fenêtre · P noter au parking · Échap quitter</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Unsaved Workspaces</source>
        <translation>Espaces de travail non enregistrés</translation>
    </message>
    <message>
        <source>These workspaces were never saved to a file. Open one to go on with it, or discard it.</source>
        <translation>Ces espaces de travail n’ont jamais été enregistrés dans un fichier. Ouvrez-en un pour le poursuivre, ou abandonnez-le.</translation>
    </message>
    <message>
        <source>There are no unsaved workspaces.</source>
        <translation>Aucun espace de travail non enregistré.</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Dernière modification %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>Abandonner %1</translation>
    </message>
</context>
<context>
    <name>ResponseBadRowList</name>
    <message>
        <source>Bad rows</source>
        <translation>Lignes erronées</translation>
    </message>
    <message>
        <source>No bad rows.</source>
        <translation>Aucune ligne erronée.</translation>
    </message>
</context>
<context>
    <name>ResponseImportDialog</name>
    <message>
        <source>Import Survey Responses from “%1”</source>
        <translation>Importer des réponses à l’enquête depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import Survey Responses</source>
        <translation>Importer des réponses à l’enquête</translation>
    </message>
    <message>
        <source>Import Survey Responses From</source>
        <translation>Importer des réponses à l’enquête depuis</translation>
    </message>
    <message>
        <source>Survey responses (*.csv *.tsv *.txt)</source>
        <translation>Réponses à l’enquête (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Bad rows (%1)</source>
        <translation>Lignes erronées (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Skip the %Ln bad row(s)</source>
        <translation>
            <numerusform>Ignorer la ligne erronée (%Ln)</numerusform>
            <numerusform>Ignorer les %Ln lignes erronées</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Choose a CSV or TSV file of survey responses (UTF-8, with a header line) to see its rows before anything is imported.</source>
        <translation>Choisissez un fichier CSV ou TSV de réponses à l’enquête (UTF-8, avec une ligne d’en-tête) pour voir ses lignes avant toute importation.</translation>
    </message>
    <message>
        <source>Nothing to show: see the message below.</source>
        <translation>Rien à afficher&#xa0;: voir le message ci-dessous.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>ResponseMappingPanel</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Choose a metric…</source>
        <translation>Choisir un indicateur…</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Score minimal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Score maximal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
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
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
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
        <translation>Problème</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Compare revisions: %n field(s) differ</source>
        <translation>
            <numerusform>Comparer les révisions&#xa0;: %n champ diffère</numerusform>
            <numerusform>Comparer les révisions&#xa0;: %n champs diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <source>Version on the left</source>
        <translation>Version de gauche</translation>
    </message>
    <message>
        <source>Version on the right</source>
        <translation>Version de droite</translation>
    </message>
    <message>
        <source>Differences between the two versions</source>
        <translation>Différences entre les deux versions</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 inchangé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Revision summary</source>
        <translation>Résumé de la révision</translation>
    </message>
    <message>
        <source>Why (research, data…)</source>
        <translation>Pourquoi (études, données…)</translation>
    </message>
    <message>
        <source>Revision reason</source>
        <translation>Motif de la révision</translation>
    </message>
    <message>
        <source>Record revision</source>
        <translation>Enregistrer la révision</translation>
    </message>
    <message>
        <source>No revision recorded yet. Record one when research changes what you know.</source>
        <translation>Aucune révision enregistrée pour l’instant. Enregistrez-en une quand la recherche change ce que vous savez.</translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation>Comparer avec l’actuel</translation>
    </message>
    <message>
        <source>Compare revision “%1” with the persona now</source>
        <translation>Comparer la révision «&#xa0;%1&#xa0;» avec le persona actuel</translation>
    </message>
    <message>
        <source>Compare with previous</source>
        <translation>Comparer avec la précédente</translation>
    </message>
    <message>
        <source>Compare revision “%1” with the one before</source>
        <translation>Comparer la révision «&#xa0;%1&#xa0;» avec la précédente</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore revision “%1”</source>
        <translation>Restaurer la révision «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RoundResultsDialog</name>
    <message>
        <source>Results: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Tour de vote</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 participants voted · %4 dots · %5 per participant</source>
        <translation>%1 · %2 participants sur %3 ont voté · %4 gommettes · %5 par participant</translation>
    </message>
    <message>
        <source>Moments by dots</source>
        <translation>Moments par gommettes</translation>
    </message>
    <message>
        <source>Rank %1%2: %3, %4 dots</source>
        <translation>Rang %1%2&#xa0;: %3, %4 gommettes</translation>
    </message>
    <message>
        <source> (tie)</source>
        <translation> (ex æquo)</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (ex æquo)</translation>
    </message>
    <message>
        <source>No moment got a dot in this round.</source>
        <translation>Aucun moment n’a reçu de gommette lors de ce tour.</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1&#xa0;: %2/%3</translation>
    </message>
    <message>
        <source>Mark the top</source>
        <translation>Marquer les</translation>
    </message>
    <message>
        <source>How many of the top moments</source>
        <translation>Combien de moments en tête</translation>
    </message>
    <message>
        <source>as moments that matter</source>
        <translation>premiers comme moments de vérité</translation>
    </message>
    <message>
        <source>A tie at the last place includes every tied moment.</source>
        <translation>En cas d’égalité à la dernière place, tous les moments ex æquo sont inclus.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open Server Workspace</source>
        <translation>Ouvrir un espace de travail sur serveur</translation>
    </message>
    <message>
        <source>A team workspace lives on a PostgreSQL server, where everyone who opens it sees the others&apos; edits as they are made. Its administrator gives you the address, your login and the password.</source>
        <translation>Un espace de travail d’équipe se trouve sur un serveur PostgreSQL&#xa0;: chaque personne qui l’ouvre voit les modifications des autres au moment où elles sont faites. Son administrateur vous donne l’adresse, votre identifiant et le mot de passe.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>postgresql://you@server.example.org:5432/cx?sslmode=require</source>
        <translation>postgresql://vous@server.example.org:5432/cx?sslmode=require</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE, with options such as ?sslmode=require</source>
        <translation>postgresql://UTILISATEUR@HÔTE:PORT/BASE, avec des options comme ?sslmode=require</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>The workspace&apos;s name on the server</source>
        <translation>Le nom de l’espace de travail sur le serveur</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nom de l’espace de travail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>Vide&#xa0;: depuis ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Retenir le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>“%1” is open. %2</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert. %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ShellMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Open %1 from %2</source>
        <translation>Ouvrir %1 depuis %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
    <message>
        <source>&amp;Unsaved Workspaces…</source>
        <translation>Espaces de travail non enre&amp;gistrés…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>P&amp;ersonas</translation>
    </message>
    <message>
        <source>&amp;Architecture</source>
        <translation>&amp;Architecture</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>Pré&amp;senter</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Open &amp;Server Workspace…</source>
        <translation>Ouvrir un espace de travail sur &amp;serveur…</translation>
    </message>
</context>
<context>
    <name>SpotlightView</name>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message numerus="yes">
        <source>%n more moment(s) in this stage: O shows the whole map</source>
        <translation>
            <numerusform>%n autre moment dans cette étape&#xa0;: O affiche toute la carte</numerusform>
            <numerusform>%n autres moments dans cette étape&#xa0;: O affiche toute la carte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageHeader</name>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nom de l’étape</translation>
    </message>
    <message>
        <source>Stage actions</source>
        <translation>Actions de l’étape</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Add stage before</source>
        <translation>Ajouter une étape avant</translation>
    </message>
    <message>
        <source>Add stage after</source>
        <translation>Ajouter une étape après</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Delete stage and its moments</source>
        <translation>Supprimer l’étape et ses moments</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Start a new workspace, open one, or import workspace JSON or a Mermaid journey diagram. You can also drop a file on this window.</source>
        <translation>Créez un espace de travail, ouvrez-en un, ou importez un JSON d’espace de travail ou un diagramme de parcours Mermaid. Vous pouvez aussi déposer un fichier sur cette fenêtre.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import workspace JSON or a Mermaid journey diagram</source>
        <translation>Importer un JSON d’espace de travail ou un diagramme de parcours Mermaid</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Open %1 from %2</source>
        <translation>Ouvrir %1 depuis %2</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <source>Start a voting round</source>
        <translation>Lancer un tour de vote</translation>
    </message>
    <message>
        <source>Which moments matter most?</source>
        <translation>Quels moments comptent le plus&#x202f;?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Question of the round</source>
        <translation>Question du tour</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Gommettes par participant</translation>
    </message>
    <message>
        <source>Count anonymously</source>
        <translation>Décompte anonyme</translation>
    </message>
    <message>
        <source>Participants, one per line</source>
        <translation>Participants, un par ligne</translation>
    </message>
    <message>
        <source>Ana (Marketing)
Ben (Sales)
Cleo (Service)</source>
        <translation>Ana (Marketing)
Ben (Ventes)
Cléo (Service client)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <source>Hide the tally until the round ends</source>
        <translation>Masquer le décompte jusqu’à la fin du tour</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Lancer le vote</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TimerBadge</name>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Temps restant %1</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>Countdown duration</source>
        <translation>Durée du compte à rebours</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <source>Moment title</source>
        <translation>Titre du moment</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Keep “%1”?</source>
        <translation>Conserver «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>This workspace has not been saved to a file. Keep it to find it again under File ▸ Unsaved Workspaces and the next time CX Atlas starts, or discard it for good.</source>
        <translation>Cet espace de travail n’a pas été enregistré dans un fichier. Conservez-le pour le retrouver sous Fichier ▸ Espaces de travail non enregistrés et au prochain démarrage de CX Atlas, ou abandonnez-le définitivement.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Workspace %1</source>
        <translation>Espace de travail %1</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n parcours</numerusform>
            <numerusform>%n parcours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Not saved to a file yet. Every change is kept; use Save As to name it.</source>
        <translation>Pas encore enregistré dans un fichier. Chaque modification est conservée&#x202f;; utilisez Enregistrer sous pour le nommer.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Team workspace on %1 · %2</source>
        <translation>Espace de travail d’équipe sur %1 · %2</translation>
    </message>
    <message>
        <source>Team workspace on %1 · offline</source>
        <translation>Espace de travail d’équipe sur %1 · hors ligne</translation>
    </message>
</context>
<context>
    <name>VoteBadge</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <source>Voting round %1</source>
        <translation>Tour de vote %1</translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation>Vote&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click a card to give it a dot, Shift+click to take one back; + and − or 0–9 on the selected card.</source>
        <translation>Cliquez sur une fiche pour lui donner une gommette, Maj+clic pour la reprendre&#x202f;; + et − ou 0–9 sur la fiche sélectionnée.</translation>
    </message>
    <message>
        <source>Hide tally</source>
        <translation>Masquer le décompte</translation>
    </message>
    <message>
        <source>Keep the dots off the cards until the round ends, so early votes do not sway the room</source>
        <translation>Garder les gommettes hors des fiches jusqu’à la fin du tour, pour que les premiers votes n’influencent pas la salle</translation>
    </message>
    <message>
        <source>End round…</source>
        <translation>Clore le tour…</translation>
    </message>
    <message>
        <source>%1  %2/%3</source>
        <translation>%1  %2/%3</translation>
    </message>
    <message>
        <source>%1, %2 of %3 dots used</source>
        <translation>%1, %2 gommettes utilisées sur %3</translation>
    </message>
</context>
<context>
    <name>VotingTally</name>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>No voting round is running.</source>
        <translation>Aucun tour de vote en cours.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) cast; the tally stays hidden until the round ends.</source>
        <translation>
            <numerusform>%n gommette posée&#x202f;; le décompte reste masqué jusqu’à la fin du tour.</numerusform>
            <numerusform>%n gommettes posées&#x202f;; le décompte reste masqué jusqu’à la fin du tour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) cast</source>
        <translation>
            <numerusform>%n gommette posée</numerusform>
            <numerusform>%n gommettes posées</numerusform>
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
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>CX Atlas workspaces (*.cxatlas)</source>
        <translation>Espaces de travail CX Atlas (*.cxatlas)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>WindowSaveAsDialog</name>
    <message>
        <source>Save Workspace As</source>
        <translation>Enregistrer l’espace de travail sous</translation>
    </message>
    <message>
        <source>CX Atlas workspaces (*.cxatlas)</source>
        <translation>Espaces de travail CX Atlas (*.cxatlas)</translation>
    </message>
</context>
<context>
    <name>cx::AnalysisOutput</name>
    <message>
        <source>No gaps found.
</source>
        <translation>Aucune lacune trouvée.
</translation>
    </message>
    <message>
        <source>Gaps found: %1.
</source>
        <translation>Lacunes trouvées&#xa0;: %1.
</translation>
    </message>
    <message>
        <source>Moments (* a moment that matters; those first, then by importance):</source>
        <translation>Moments (* = moment de vérité&#x202f;; ceux-ci d’abord, puis par importance)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (journey “%2”)</source>
        <translation>%1 (parcours «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation>importance %1</translation>
    </message>
    <message>
        <source>Elements that depend on it:</source>
        <translation>Éléments qui en dépendent&#xa0;:</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas&#xa0;:</translation>
    </message>
    <message>
        <source>Metrics it drives:</source>
        <translation>Indicateurs influencés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cx::ArchitecturePainter</name>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
</context>
<context>
    <name>cx::ArchitectureView</name>
    <message>
        <source>Moments</source>
        <translation>Moments</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Récits</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nouveau récit</translation>
    </message>
    <message>
        <source>New experience</source>
        <translation>Nouvelle expérience</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Nouveau processus</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Nouveau système</translation>
    </message>
    <message>
        <source>New data</source>
        <translation>Nouvelles données</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n enseignement</numerusform>
            <numerusform>%n enseignements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n opportunité</numerusform>
            <numerusform>%n opportunités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Insight · %1</source>
        <translation>Enseignement · %1</translation>
    </message>
    <message>
        <source>Opportunity · impact %1 · effort %2</source>
        <translation>Opportunité · impact %1 · effort %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Moment, in %1</source>
        <translation>Moment, dans %1</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>New insight</source>
        <translation>Nouvel enseignement</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
</context>
<context>
    <name>cx::BadResponseModel</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cx::Changes</name>
    <message>
        <source>There is no record %1 in this workspace.</source>
        <translation>Il n’y a pas d’enregistrement %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 “%2” already exists (id %3).</source>
        <extracomment>%1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>Existe déjà&#xa0;: %1 «&#xa0;%2&#xa0;» (id %3).</translation>
    </message>
    <message>
        <source>%1 “%2” cannot change into a %3.</source>
        <extracomment>%1, %3: kinds of record, nouns (&quot;story&quot;, &quot;system&quot;); %2: the record&apos;s title</extracomment>
        <translation>Impossible de convertir %1 «&#xa0;%2&#xa0;» en %3.</translation>
    </message>
    <message>
        <source>Moments can only move to a stage and lane of one journey.</source>
        <translation>Les moments ne peuvent être déplacés que vers une étape et un couloir d’un même parcours.</translation>
    </message>
    <message>
        <source>Moment “%1” belongs to another journey; copy it instead.</source>
        <translation>Le moment «&#xa0;%1&#xa0;» appartient à un autre parcours&#x202f;; copiez-le plutôt.</translation>
    </message>
    <message>
        <source>Moments can only go into a stage and lane of one journey.</source>
        <translation>Les moments ne peuvent aller que dans une étape et un couloir d’un même parcours.</translation>
    </message>
    <message>
        <source>Moment “%1” already exists.</source>
        <translation>Le moment «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Only stages and lanes are placed this way.</source>
        <translation>Seules les étapes et les couloirs se placent ainsi.</translation>
    </message>
    <message>
        <source>Only stages and lanes can be reordered.</source>
        <translation>Seules les étapes et les couloirs peuvent être réordonnés.</translation>
    </message>
    <message>
        <source>Those two are not linked.</source>
        <translation>Ces deux éléments ne sont pas liés.</translation>
    </message>
</context>
<context>
    <name>cx::DataExport</name>
    <message>
        <source>Unknown format “%1”: use %2.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>There is no journey with id %1 in this workspace.</source>
        <translation>Aucun parcours d’id %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>A Mermaid journey diagram holds one journey: choose one (this workspace has %1).</source>
        <translation>Un diagramme de parcours Mermaid contient un seul parcours&#xa0;: choisissez-en un (cet espace de travail en a %1).</translation>
    </message>
</context>
<context>
    <name>cx::Database</name>
    <message>
        <source>“%1” is damaged: %2 returned nothing.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2 n’a rien renvoyé.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace (not an SQLite database).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un espace de travail CX Atlas (pas une base SQLite).</translation>
    </message>
    <message>
        <source>“%1” is read-only; the change was not saved.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule&#x202f;; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full; the change was not saved.</source>
        <translation>Le disque contenant «&#xa0;%1&#xa0;» est plein&#x202f;; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>“%1” is busy in another program; try again.</source>
        <translation>«&#xa0;%1&#xa0;» est occupé par un autre programme&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>“%1” refused the change because it breaks a rule of the workspace (%2).</source>
        <translation>«&#xa0;%1&#xa0;» a refusé la modification car elle enfreint une règle de l’espace de travail (%2).</translation>
    </message>
    <message>
        <source>“%1” cannot be read or written (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut être ni lu ni écrit (%2).</translation>
    </message>
    <message>
        <source>“%1”: the database reported an error (%2).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la base de données a signalé une erreur (%2).</translation>
    </message>
</context>
<context>
    <name>cx::DelimitedText</name>
    <message>
        <source>%1 is UTF-32 (little-endian); save it as UTF-8 and import again.</source>
        <translation>%1 est en UTF-32 (little-endian)&#x202f;; enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is UTF-32 (big-endian); save it as UTF-8 and import again.</source>
        <translation>%1 est en UTF-32 (big-endian)&#x202f;; enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (little-endian); save it as UTF-8 and import again.</source>
        <translation>%1 est en UTF-16 (little-endian)&#x202f;; enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (big-endian); save it as UTF-8 and import again.</source>
        <translation>%1 est en UTF-16 (big-endian)&#x202f;; enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is a workbook or an archive, not text; save it as CSV (UTF-8) and import again.</source>
        <translation>%1 est un classeur ou une archive, pas du texte&#x202f;; enregistrez-le en CSV (UTF-8) et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (little-endian) without a byte order mark; save it as UTF-8 and import again.</source>
        <translation>%1 est en UTF-16 (little-endian) sans indicateur d’ordre des octets (BOM)&#x202f;; enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (big-endian) without a byte order mark; save it as UTF-8 and import again.</source>
        <translation>%1 est en UTF-16 (big-endian) sans indicateur d’ordre des octets (BOM)&#x202f;; enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1, line %2: a zero byte; this is not a text file.</source>
        <translation>%1, ligne %2&#xa0;: un octet nul&#x202f;; ce n’est pas un fichier texte.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; save it as UTF-8 and import again.</source>
        <translation>%1 n’est pas de l’UTF-8 valide&#x202f;; enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1, line %2, byte %3: 0x%4 is not UTF-8. The file looks like Windows-1252 or Latin-1, where 0x%4 is “%5”; save it as UTF-8 and import again.</source>
        <translation>%1, ligne %2, octet %3&#xa0;: 0x%4 n’est pas de l’UTF-8. Le fichier semble être en Windows-1252 ou Latin-1, où 0x%4 est «&#xa0;%5&#xa0;»&#x202f;; enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1, line %2, byte %3: 0x%4 is not valid UTF-8; save the file as UTF-8 and import again.</source>
        <translation>%1, ligne %2, octet %3&#xa0;: 0x%4 n’est pas de l’UTF-8 valide&#x202f;; enregistrez le fichier en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed.</source>
        <translation>un champ entre guillemets ouvert sur cette ligne n’est pas fermé.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>du texte après le guillemet fermant d’un champ.</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (quote the whole field and double the quote).</source>
        <translation>un guillemet dans un champ qui ne commence pas par un guillemet (mettez tout le champ entre guillemets et doublez le guillemet).</translation>
    </message>
</context>
<context>
    <name>cx::Document</name>
    <message>
        <source>This workspace is open for reading only.</source>
        <translation>Cet espace de travail est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>Ajouter %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Ajouter %n élément</numerusform>
            <numerusform>Ajouter %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>Modifier %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>Supprimer %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n moment(s)</source>
        <translation>
            <numerusform>Déplacer %n moment</numerusform>
            <numerusform>Déplacer %n moments</numerusform>
        </translation>
    </message>
    <message>
        <source>Add moment “%1”</source>
        <translation>Ajouter le moment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n moment(s)</source>
        <translation>
            <numerusform>Ajouter %n moment</numerusform>
            <numerusform>Ajouter %n moments</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>Déplacer %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation>Lier «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Unlink “%1” from “%2”</source>
        <translation>Délier «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The workspace changed in a way this edit did not expect; it was not applied.</source>
        <translation>L’espace de travail a changé d’une manière que cette modification n’attendait pas&#x202f;; elle n’a pas été appliquée.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <extracomment>The summary of an undo in a team workspace&apos;s change log. %1: the undo step&apos;s text</extracomment>
        <translation>Annulation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cx::ExportController</name>
    <message>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Open a workspace to export it.</source>
        <translation>Ouvrez un espace de travail pour l’exporter.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier de destination.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: choose PDF, SVG, PNG, JSON, CSV, GraphML, DOT, Mermaid or the CSV of votes.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: choisissez PDF, SVG, PNG, JSON, CSV, GraphML, DOT, Mermaid ou le CSV des votes.</translation>
    </message>
</context>
<context>
    <name>cx::ExportStyle</name>
    <message>
        <source>Steps</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensées</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Front-office</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Tactical</source>
        <translation>Tactique</translation>
    </message>
</context>
<context>
    <name>cx::FileUpgrade</name>
    <message>
        <source>“%1” uses the older file format %2 and is read through an upgraded copy, which could not be made: %3.</source>
        <translation>«&#xa0;%1&#xa0;» utilise l’ancien format de fichier %2 et se lit via une copie mise à niveau, qui n’a pas pu être créée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1” uses the older file format %2, and its upgraded copy could not be made: %3</source>
        <translation>«&#xa0;%1&#xa0;» utilise l’ancien format de fichier %2, et sa copie mise à niveau n’a pas pu être créée&#xa0;: %3</translation>
    </message>
    <message>
        <source>A backup of “%1” could not be written as “%2”: %3.</source>
        <translation>Une sauvegarde de «&#xa0;%1&#xa0;» n’a pas pu être écrite sous «&#xa0;%2&#xa0;»&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>cx::GapAnalysis</name>
    <message>
        <source>Moments that matter without a metric</source>
        <translation>Moments de vérité sans indicateur</translation>
    </message>
    <message>
        <source>Moments that matter without an owner</source>
        <translation>Moments de vérité sans responsable</translation>
    </message>
    <message>
        <source>Moments that matter without backstage support</source>
        <translation>Moments de vérité sans appui en back-office</translation>
    </message>
    <message>
        <source>Elements linked to nothing</source>
        <translation>Éléments liés à rien</translation>
    </message>
    <message>
        <source>Metrics that lead to no strategic metric</source>
        <translation>Indicateurs ne menant à aucun indicateur stratégique</translation>
    </message>
    <message>
        <source>Cycles among metrics</source>
        <translation>Cycles entre indicateurs</translation>
    </message>
    <message>
        <source>Moment that matters “%1” (journey “%2”) has no metric: nothing measures it or an element it uses.</source>
        <translation>Le moment de vérité «&#xa0;%1&#xa0;» (parcours «&#xa0;%2&#xa0;») n’a pas d’indicateur&#xa0;: rien ne le mesure, ni lui ni un élément qu’il utilise.</translation>
    </message>
    <message>
        <source>Moment that matters “%1” (journey “%2”) has no owner.</source>
        <translation>Le moment de vérité «&#xa0;%1&#xa0;» (parcours «&#xa0;%2&#xa0;») n’a pas de responsable.</translation>
    </message>
    <message>
        <source>Moment that matters “%1” (journey “%2”) has no backstage support: it depends on no system, process or data.</source>
        <translation>Le moment de vérité «&#xa0;%1&#xa0;» (parcours «&#xa0;%2&#xa0;») n’a pas d’appui en back-office&#xa0;: il ne dépend d’aucun système, processus ni donnée.</translation>
    </message>
    <message>
        <source>%1 “%2” is linked to nothing.</source>
        <extracomment>%1: the kind of element, a noun (&quot;story&quot;, &quot;system&quot;…); %2: its title</extracomment>
        <translation>Élément sans lien&#xa0;: %1 «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Metrics drive each other in a cycle: %1.</source>
        <translation>Des indicateurs s’influencent en cycle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The tactical metric “%1” leads to no strategic metric.</source>
        <translation>L’indicateur tactique «&#xa0;%1&#xa0;» ne mène à aucun indicateur stratégique.</translation>
    </message>
    <message>
        <source>The operational metric “%1” leads to no strategic metric.</source>
        <translation>L’indicateur opérationnel «&#xa0;%1&#xa0;» ne mène à aucun indicateur stratégique.</translation>
    </message>
</context>
<context>
    <name>cx::ImageExport</name>
    <message>
        <source>Unknown view “%1”: use journey or architecture.</source>
        <translation>Vue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez journey ou architecture.</translation>
    </message>
    <message>
        <source>The resolution must be between 1 and 2400 dpi, not %1.</source>
        <translation>La résolution doit être comprise entre 1 et 2400 ppp, et non %1.</translation>
    </message>
    <message>
        <source>There is no journey with id %1 in this workspace.</source>
        <translation>Aucun parcours d’id %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>This workspace has no journey to draw.</source>
        <translation>Cet espace de travail n’a aucun parcours à dessiner.</translation>
    </message>
    <message>
        <source>The picture would be too large at %1 dpi (more than %2 megapixels); choose a lower resolution.</source>
        <translation>L’image serait trop grande à %1 ppp (plus de %2 mégapixels)&#x202f;; choisissez une résolution plus basse.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CX architecture</source>
        <translation>Architecture CX</translation>
    </message>
    <message>
        <source>Drawn by CX Atlas</source>
        <translation>Dessiné par CX Atlas</translation>
    </message>
    <message>
        <source>Cannot draw the SVG picture into %1.</source>
        <translation>Impossible de dessiner l’image SVG dans %1.</translation>
    </message>
</context>
<context>
    <name>cx::ImpactAnalysis</name>
    <message>
        <source>Impact of %1 “%2”: moments %3 (%4 that matter), journeys %5, personas %6, elements %7, metrics %8.</source>
        <extracomment>%1: the kind of record, a noun (&quot;system&quot;); %2: its title; %3–%8: counts</extracomment>
        <translation>Impact&#xa0;— %1 «&#xa0;%2&#xa0;»&#xa0;: moments %3 (dont %4 de vérité), parcours %5, personas %6, éléments %7, indicateurs %8.</translation>
    </message>
    <message>
        <source>%1 “%2” depends on “%3” (depth %4): %5</source>
        <extracomment>%1: the kind of record, a noun (&quot;moment&quot;); %2: its title; %3: the record analysed; %4: a number of steps; %5: the path, titles joined by arrows</extracomment>
        <translation>%1 «&#xa0;%2&#xa0;» dépend de «&#xa0;%3&#xa0;» (profondeur %4)&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>cx::ImportController</name>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n parcours</numerusform>
            <numerusform>%n parcours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n couloir</numerusform>
            <numerusform>%n couloirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stor(ies)</source>
        <translation>
            <numerusform>%n récit</numerusform>
            <numerusform>%n récits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experience(s)</source>
        <translation>
            <numerusform>%n expérience</numerusform>
            <numerusform>%n expériences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n système</numerusform>
            <numerusform>%n systèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n processus</numerusform>
            <numerusform>%n processus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data record(s)</source>
        <translation>
            <numerusform>%n enregistrement de données</numerusform>
            <numerusform>%n enregistrements de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n enseignement</numerusform>
            <numerusform>%n enseignements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n opportunité</numerusform>
            <numerusform>%n opportunités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting round(s)</source>
        <translation>
            <numerusform>%n tour de vote</numerusform>
            <numerusform>%n tours de vote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parking-lot note(s)</source>
        <translation>
            <numerusform>%n note du parking d’idées</numerusform>
            <numerusform>%n notes du parking d’idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of survey responses</source>
        <translation>
            <numerusform>%n import de réponses à l’enquête</numerusform>
            <numerusform>%n imports de réponses à l’enquête</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds nothing: all of it is in the workspace already.</source>
        <translation>N’ajoute rien&#xa0;: tout est déjà dans l’espace de travail.</translation>
    </message>
    <message>
        <source>Adds %1.</source>
        <translation>Ajoute %1.</translation>
    </message>
    <message>
        <source>Adds %1 and %2.</source>
        <translation>Ajoute %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already in the workspace stay as they are.</source>
        <translation>
            <numerusform>%n enregistrement déjà présent dans l’espace de travail reste inchangé.</numerusform>
            <numerusform>%n enregistrements déjà présents dans l’espace de travail restent inchangés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mermaid journey diagram</source>
        <translation>Diagramme de parcours Mermaid</translation>
    </message>
    <message>
        <source>Workspace JSON</source>
        <translation>JSON d’espace de travail</translation>
    </message>
    <message>
        <source>Wait for the file being read to finish.</source>
        <translation>Attendez la fin de la lecture du fichier.</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>There is nowhere to import to.</source>
        <translation>Il n’y a aucune destination d’import.</translation>
    </message>
    <message>
        <source>Choose a file to import, and wait for it to be read.</source>
        <translation>Choisissez un fichier à importer, et attendez qu’il soit lu.</translation>
    </message>
    <message>
        <source>Open a workspace you can edit to merge into it, or import into a new workspace.</source>
        <translation>Ouvrez un espace de travail modifiable pour y fusionner, ou importez dans un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>Writing the new workspace…</source>
        <translation>Écriture du nouvel espace de travail…</translation>
    </message>
</context>
<context>
    <name>cx::JourneyCanvas</name>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>Étape 1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Add journey “%1”</source>
        <translation>Ajouter le parcours «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>New moment</source>
        <translation>Nouveau moment</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n moment(s)</source>
        <translation>
            <numerusform>Dupliquer %n moment</numerusform>
            <numerusform>Dupliquer %n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n moment(s)</source>
        <translation>
            <numerusform>Coller %n moment</numerusform>
            <numerusform>Coller %n moments</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nouveau couloir</translation>
    </message>
</context>
<context>
    <name>cx::JourneyPainter</name>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
    <message>
        <source>Emotion curves:</source>
        <translation>Courbes émotionnelles&#xa0;:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
</context>
<context>
    <name>cx::Labels</name>
    <message>
        <source>unknown</source>
        <comment>trend</comment>
        <extracomment>A metric&apos;s trend after the word &quot;trend&quot;: &quot;trend unknown&quot; (too few periods to tell)</extracomment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>rising</source>
        <extracomment>A metric&apos;s trend: its value is going up</extracomment>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>falling</source>
        <extracomment>A metric&apos;s trend: its value is going down</extracomment>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>flat</source>
        <extracomment>A metric&apos;s trend: no clear change</extracomment>
        <translation>stable</translation>
    </message>
    <message>
        <source>week</source>
        <extracomment>The length of the periods values are given for, inside a sentence: &quot;values per week&quot;</extracomment>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <extracomment>The length of the periods values are given for, inside a sentence: &quot;values per month&quot;</extracomment>
        <translation>mois</translation>
    </message>
    <message>
        <source>quarter</source>
        <extracomment>The length of the periods values are given for, inside a sentence: &quot;values per quarter&quot;</extracomment>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>persona</source>
        <extracomment>The kind of a record, as a noun inside a sentence (lowercase in English), e.g. &quot;Add story “Card management”&quot;</extracomment>
        <translation>persona</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>couloir</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>moment</translation>
    </message>
    <message>
        <source>story</source>
        <extracomment>An element of the CX architecture: a user story (its layer is &quot;Stories&quot;)</extracomment>
        <translation>récit</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>expérience</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>data</source>
        <extracomment>An element of the CX architecture: a data object (its layer is &quot;Data&quot;)</extracomment>
        <translation>données</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>insight</source>
        <translation>enseignement</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunité</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>voting round</source>
        <translation>tour de vote</translation>
    </message>
    <message>
        <source>parking-lot note</source>
        <translation>note du parking d’idées</translation>
    </message>
    <message>
        <source>import of survey responses</source>
        <extracomment>One import of survey responses into a metric</extracomment>
        <translation>import de réponses à l’enquête</translation>
    </message>
    <message>
        <source>Personas</source>
        <extracomment>A heading over records of one kind</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Moments</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Récits</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Voting rounds</source>
        <translation>Tours de vote</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking d’idées</translation>
    </message>
    <message>
        <source>Imports of survey responses</source>
        <translation>Imports de réponses à l’enquête</translation>
    </message>
    <message>
        <source>Retention</source>
        <extracomment>A kind of metric</extracomment>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Social value</source>
        <extracomment>A kind of metric</extracomment>
        <translation>Valeur sociale</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>metric kind</comment>
        <extracomment>A kind of metric: one the team defines</extracomment>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>strategic</source>
        <extracomment>The level of a metric, as an adjective inside a sentence (lowercase in English)</extracomment>
        <translation>stratégique</translation>
    </message>
    <message>
        <source>operational</source>
        <extracomment>The level of a metric, as an adjective inside a sentence (lowercase in English)</extracomment>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>tactical</source>
        <extracomment>The level of a metric, as an adjective inside a sentence (lowercase in English)</extracomment>
        <translation>tactique</translation>
    </message>
    <message>
        <source>higher is better</source>
        <extracomment>Which way a metric should move, inside a sentence, e.g. &quot;target 40 (higher is better)&quot;</extracomment>
        <translation>plus haut, c’est mieux</translation>
    </message>
    <message>
        <source>lower is better</source>
        <extracomment>Which way a metric should move, inside a sentence, e.g. &quot;target 2 (lower is better)&quot;</extracomment>
        <translation>plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>uses</source>
        <extracomment>A relation of the CX architecture, read from its source: &quot;moment uses system&quot;</extracomment>
        <translation>utilise</translation>
    </message>
    <message>
        <source>depends on</source>
        <extracomment>A relation of the CX architecture: &quot;service depends on process&quot;</extracomment>
        <translation>dépend de</translation>
    </message>
    <message>
        <source>measures</source>
        <extracomment>A relation of the CX architecture: &quot;metric measures moment&quot;</extracomment>
        <translation>mesure</translation>
    </message>
    <message>
        <source>drives</source>
        <extracomment>A relation of the CX architecture: &quot;tactical metric drives operational metric&quot;</extracomment>
        <translation>influence</translation>
    </message>
    <message>
        <source>explains</source>
        <extracomment>A relation of the CX architecture: &quot;insight explains moment&quot;</extracomment>
        <translation>explique</translation>
    </message>
    <message>
        <source>improves</source>
        <extracomment>A relation of the CX architecture: &quot;opportunity improves moment&quot;</extracomment>
        <translation>améliore</translation>
    </message>
    <message>
        <source>follows</source>
        <extracomment>A relation: &quot;persona follows journey&quot; (the journey is mapped for the persona)</extracomment>
        <translation>suit</translation>
    </message>
    <message>
        <source>opens journey</source>
        <extracomment>A relation: &quot;moment opens journey&quot; (the detailed journey behind a moment)</extracomment>
        <translation>ouvre le parcours</translation>
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
        <translation>personnalisée</translation>
    </message>
    <message>
        <source>survey</source>
        <extracomment>Where a persona&apos;s evidence comes from, inside a sentence (lowercase in English)</extracomment>
        <translation>enquête</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analytique</translation>
    </message>
    <message>
        <source>CRM</source>
        <extracomment>Customer relationship management (system)</extracomment>
        <translation>CRM</translation>
    </message>
    <message>
        <source>social listening</source>
        <translation>écoute sociale</translation>
    </message>
    <message>
        <source>other</source>
        <comment>evidence source</comment>
        <extracomment>Another source of a persona&apos;s evidence</extracomment>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>cx::LinkEditor</name>
    <message>
        <source>uses</source>
        <translation>utilise</translation>
    </message>
    <message>
        <source>used by</source>
        <translation>utilisé par</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>dépend de</translation>
    </message>
    <message>
        <source>needed by</source>
        <translation>nécessaire à</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>measured by</source>
        <translation>mesuré par</translation>
    </message>
    <message>
        <source>drives</source>
        <translation>influence</translation>
    </message>
    <message>
        <source>driven by</source>
        <translation>influencé par</translation>
    </message>
    <message>
        <source>explains</source>
        <translation>explique</translation>
    </message>
    <message>
        <source>explained by</source>
        <translation>expliqué par</translation>
    </message>
    <message>
        <source>improves</source>
        <translation>améliore</translation>
    </message>
    <message>
        <source>improved by</source>
        <translation>amélioré par</translation>
    </message>
    <message>
        <source>“%1” cannot be linked to “%2”: no relation of the CX architecture joins a %3 and a %4.</source>
        <extracomment>%1, %2: titles; %3, %4: their kinds of record, nouns (&quot;story&quot;, &quot;metric&quot;)</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lié à «&#xa0;%2&#xa0;»&#xa0;: aucune relation de l’architecture CX ne relie les types %3 et %4.</translation>
    </message>
</context>
<context>
    <name>cx::LiveServer</name>
    <message>
        <source>The participants&apos; session is running already.</source>
        <translation>La session des participants est déjà en cours.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Participants cannot join: this workspace is read-only, so their votes and notes could not be saved.</source>
        <translation>Les participants ne peuvent pas rejoindre&#xa0;: cet espace de travail est en lecture seule, leurs votes et leurs notes ne pourraient pas être enregistrés.</translation>
    </message>
    <message>
        <source>Cannot accept participants on %1: %2</source>
        <translation>Impossible d’accueillir des participants sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The facilitator ended the session.</source>
        <translation>L’animateur a mis fin à la session.</translation>
    </message>
    <message>
        <source>The participants&apos; session is not running.</source>
        <translation>La session des participants n’est pas en cours.</translation>
    </message>
</context>
<context>
    <name>cx::LiveSession</name>
    <message>
        <source>The facilitator ended the session.</source>
        <translation>L’animateur a mis fin à la session.</translation>
    </message>
    <message>
        <source>No participant “%1” in this session.</source>
        <translation>Aucun participant «&#xa0;%1&#xa0;» dans cette session.</translation>
    </message>
    <message>
        <source>an anonymous participant</source>
        <translation>un participant anonyme</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and their %n dot(s)</source>
        <translation>
            <numerusform>Retirer %1 et sa gommette</numerusform>
            <numerusform>Retirer %1 et ses %n gommettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>%1: dot on “%2”</source>
        <translation>%1&#xa0;: gommette sur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: dot taken from “%2”</source>
        <translation>%1&#xa0;: gommette retirée de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>From an anonymous participant</source>
        <translation>D’un participant anonyme</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>An anonymous participant</source>
        <translation>Un participant anonyme</translation>
    </message>
    <message>
        <source>%1: note “%2”</source>
        <translation>%1&#xa0;: note «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cx::MeasurementModel</name>
    <message>
        <source>“%1” is not a date: write 2025-01-31 or %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: écrivez 2025-01-31 ou %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>cx::MeasurementPaste</name>
    <message>
        <source>Line %1 (“%2”) needs a date and a value separated by a tab.</source>
        <translation>La ligne %1 («&#xa0;%2&#xa0;») doit contenir une date et une valeur séparées par une tabulation.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date (write 2025-01-31 or %3).</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date (écrivez 2025-01-31 ou %3).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a number.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>There are no rows to paste: copy a date and a value, separated by a tab, on each line.</source>
        <translation>Aucune ligne à coller&#xa0;: copiez une date et une valeur, séparées par une tabulation, sur chaque ligne.</translation>
    </message>
</context>
<context>
    <name>cx::MermaidJourney</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>more than %1 lines.</source>
        <translation>plus de %1 lignes.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>expected “journey” to start the diagram.</source>
        <translation>«&#xa0;journey&#xa0;» attendu en début de diagramme.</translation>
    </message>
    <message>
        <source>expected “accTitle: text”.</source>
        <translation>«&#xa0;accTitle: texte&#xa0;» attendu.</translation>
    </message>
    <message>
        <source>“accDescr {” is not closed with “}”.</source>
        <translation>«&#xa0;accDescr {&#xa0;» n’est pas fermé par «&#xa0;}&#xa0;».</translation>
    </message>
    <message>
        <source>expected “accDescr: text” or “accDescr {”.</source>
        <translation>«&#xa0;accDescr: texte&#xa0;» ou «&#xa0;accDescr {&#xa0;» attendu.</translation>
    </message>
    <message>
        <source>expected a task “name: score: actors”, a section, a title, accTitle, accDescr or a %% comment.</source>
        <translation>attendu&#xa0;: une tâche «&#xa0;nom: score: acteurs&#xa0;», une section, un titre (title), accTitle, accDescr ou un commentaire %%.</translation>
    </message>
    <message>
        <source>the score “%1” is not a whole number from 1 to 5.</source>
        <translation>le score «&#xa0;%1&#xa0;» n’est pas un nombre entier de 1 à 5.</translation>
    </message>
    <message>
        <source>expected “journey” to start the diagram; the file is empty.</source>
        <translation>«&#xa0;journey&#xa0;» attendu en début de diagramme&#x202f;; le fichier est vide.</translation>
    </message>
</context>
<context>
    <name>cx::MetricFactsCache</name>
    <message>
        <source>no trend yet</source>
        <translation>pas encore de tendance</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>stable</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n trimestre</numerusform>
            <numerusform>%n trimestres</numerusform>
        </translation>
    </message>
    <message>
        <source>r = %1 over %2, correlation, not cause</source>
        <translation>r = %1 sur %2, corrélation, pas causalité</translation>
    </message>
</context>
<context>
    <name>cx::MetricTreeModel</name>
    <message>
        <source>also under %1</source>
        <translation>également sous %1</translation>
    </message>
    <message>
        <source>Strategic goals</source>
        <translation>Objectifs stratégiques</translation>
    </message>
    <message>
        <source>Not driving a strategic goal</source>
        <translation>Ne servant aucun objectif stratégique</translation>
    </message>
</context>
<context>
    <name>cx::MetricsReport</name>
    <message numerus="yes">
        <source>%n metric(s), values per %1</source>
        <extracomment>%1: the length of the periods: &quot;week&quot;, &quot;month&quot; or &quot;quarter&quot;</extracomment>
        <translation>
            <numerusform>%n indicateur, valeurs par %1</numerusform>
            <numerusform>%n indicateurs, valeurs par %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation>pas encore de valeurs</translation>
    </message>
    <message>
        <source>latest %1: %2 %3</source>
        <translation>dernière valeur %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source> (95% interval %1 to %2)</source>
        <translation> (intervalle à 95 % de %1 à %2)</translation>
    </message>
    <message numerus="yes">
        <source>, %n response(s)</source>
        <translation>
            <numerusform>, %n réponse</numerusform>
            <numerusform>, %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n measurement(s)</source>
        <translation>
            <numerusform>, %n mesure</numerusform>
            <numerusform>, %n mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>, small sample</source>
        <translation>, petit échantillon</translation>
    </message>
    <message>
        <source>target %1 (%2)</source>
        <extracomment>%1: the target value; %2: which way is good: &quot;higher is better&quot; or &quot;lower is better&quot;</extracomment>
        <translation>cible %1 (%2)</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>pas de cible</translation>
    </message>
    <message numerus="yes">
        <source>  driven by %1: r = %2 over %n period(s), p = %3 (correlation, not cause)
</source>
        <translation>
            <numerusform>  influencé par %1&#xa0;: r = %2 sur %n période, p = %3 (corrélation, pas causalité)
</numerusform>
            <numerusform>  influencé par %1&#xa0;: r = %2 sur %n périodes, p = %3 (corrélation, pas causalité)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  driven by %1: too few common periods for a correlation (%2 of 6)
</source>
        <translation>  influencé par %1&#xa0;: trop peu de périodes communes pour une corrélation (%2 sur 6)
</translation>
    </message>
    <message>
        <source>  %1: %2, trend %3
</source>
        <extracomment>%1: the target (or &quot;no target&quot;); %2: the status (&quot;On track&quot;); %3: the trend (&quot;rising&quot;, &quot;unknown&quot;)</extracomment>
        <translation>  %1&#xa0;: %2, tendance %3
</translation>
    </message>
</context>
<context>
    <name>cx::MetricsView</name>
    <message>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Tactical</source>
        <translation>Tactique</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut, c’est mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) − % detractors (0–6) per %1, from %2 responses</source>
        <translation>NPS&#xa0;: % de promoteurs (9–10) − % de détracteurs (0–6) par %1, sur %2 réponses</translation>
    </message>
    <message>
        <source>CSAT: share of answers 4–5 on 1–5 per %1, from %2 responses</source>
        <translation>CSAT&#xa0;: part des réponses 4–5 sur une échelle de 1 à 5 par %1, sur %2 réponses</translation>
    </message>
    <message>
        <source>CES: mean effort per %1, from %2 responses</source>
        <translation>CES&#xa0;: effort moyen par %1, sur %2 réponses</translation>
    </message>
    <message>
        <source>mean of the responses in each %1, from %2 responses</source>
        <translation>moyenne des réponses de chaque %1, sur %2 réponses</translation>
    </message>
    <message>
        <source>; a %1 without responses takes the mean of its measurements</source>
        <translation>&#x202f;; toute période (%1) sans réponse prend la moyenne de ses mesures</translation>
    </message>
    <message>
        <source>no measurements yet: add them below or paste them from a spreadsheet</source>
        <translation>pas encore de mesures&#xa0;: ajoutez-les ci-dessous ou collez-les depuis un tableur</translation>
    </message>
    <message numerus="yes">
        <source>mean of the measurements in each %1, from %n measurement(s)</source>
        <translation>
            <numerusform>moyenne des mesures de chaque %1, sur %n mesure</numerusform>
            <numerusform>moyenne des mesures de chaque %1, sur %n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching: %1 of %n metric(s)</source>
        <translation>
            <numerusform>Correspondances&#xa0;: %1 sur %n indicateur</numerusform>
            <numerusform>Correspondances&#xa0;: %1 sur %n indicateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>cx::MomentClipboard</name>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message>
        <source>The moments on the clipboard cannot be read (%1).</source>
        <translation>Les moments du presse-papiers sont illisibles (%1).</translation>
    </message>
    <message>
        <source>The clipboard holds %1 moments; paste up to %2 at once.</source>
        <translation>Le presse-papiers contient %1 moments&#x202f;; collez-en au plus %2 à la fois.</translation>
    </message>
    <message>
        <source>The clipboard holds no moments.</source>
        <translation>Le presse-papiers ne contient aucun moment.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 lines; paste up to %1 at once.</source>
        <translation>Le presse-papiers contient plus de %1 lignes&#x202f;; collez-en au plus %1 à la fois.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Le presse-papiers ne contient aucun texte à coller.</translation>
    </message>
</context>
<context>
    <name>cx::MomentMatcher</name>
    <message>
        <source>no moment has the id or title “%1”</source>
        <translation>aucun moment n’a l’id ou le titre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) have the title “%1”; name the moment by its id</source>
        <translation>
            <numerusform>%n moment a le titre «&#xa0;%1&#xa0;»&#x202f;; désignez le moment par son id</numerusform>
            <numerusform>%n moments ont le titre «&#xa0;%1&#xa0;»&#x202f;; désignez le moment par son id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::MomentsCsv</name>
    <message>
        <source>line %1: a quote inside an unquoted field.</source>
        <translation>ligne %1&#xa0;: un guillemet dans un champ sans guillemets.</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote.</source>
        <translation>ligne %1&#xa0;: du texte après un guillemet fermant.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed.</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n’est pas fermé.</translation>
    </message>
</context>
<context>
    <name>cx::NodeCodec</name>
    <message>
        <source>it was written by a newer CX Atlas (codec version %1)</source>
        <translation>il a été écrit par une version plus récente de CX Atlas (version de codec %1)</translation>
    </message>
    <message>
        <source>codec version 0 does not exist</source>
        <translation>la version de codec 0 n’existe pas</translation>
    </message>
    <message>
        <source>“%1” is not an architecture kind</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de l’architecture CX</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>type inconnu %1</translation>
    </message>
    <message>
        <source>it is not a CX Atlas record</source>
        <translation>ce n’est pas un enregistrement CX Atlas</translation>
    </message>
    <message>
        <source>The record cannot be read: %1.</source>
        <translation>L’enregistrement ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The record is damaged: %1.</source>
        <translation>L’enregistrement est endommagé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The change set cannot be read: %1.</source>
        <translation>Le lot de modifications ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The change set is damaged: %1.</source>
        <translation>Le lot de modifications est endommagé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>it is not a CX Atlas change set</source>
        <translation>ce n’est pas un lot de modifications CX Atlas</translation>
    </message>
    <message>
        <source>record %1 has an unknown form %2</source>
        <translation>l’enregistrement %1 a une forme inconnue %2</translation>
    </message>
    <message>
        <source>Record %1 of the change set is damaged: %2.</source>
        <translation>L’enregistrement %1 du lot de modifications est endommagé&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>cx::NodeStreamReader</name>
    <message numerus="yes">
        <source>%n unexpected byte(s) after its end</source>
        <translation>
            <numerusform>%n octet inattendu après sa fin</numerusform>
            <numerusform>%n octets inattendus après sa fin</numerusform>
        </translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>il se termine trop tôt</translation>
    </message>
    <message>
        <source>%1 is not a yes or no</source>
        <translation>%1 n’est ni un oui ni un non</translation>
    </message>
    <message>
        <source>a text of %1 characters is too long</source>
        <translation>un texte de %1 caractères est trop long</translation>
    </message>
    <message>
        <source>a field of %1 bytes is too long</source>
        <translation>un champ de %1 octets est trop long</translation>
    </message>
    <message>
        <source>day %1 is not a date</source>
        <translation>le jour %1 n’est pas une date</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 n’est pas une heure</translation>
    </message>
    <message numerus="yes">
        <source>it claims %1 items but only %n byte(s) follow</source>
        <translation>
            <numerusform>il annonce %1 éléments mais seul %n octet suit</numerusform>
            <numerusform>il annonce %1 éléments mais seuls %n octets suivent</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown value “%1”</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cx::ParticipantListModel</name>
    <message>
        <source>Anonymous %1</source>
        <translation>Anonyme %1</translation>
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
        <translation>Cet ordinateur seulement (pour un essai)</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d’abord un espace de travail.</translation>
    </message>
    <message>
        <source>Open a journey first: participants vote and add notes on the journey the map shows.</source>
        <translation>Ouvrez d’abord un parcours&#xa0;: les participants votent et ajoutent des notes sur le parcours affiché par la carte.</translation>
    </message>
    <message>
        <source>Choose the network participants are on.</source>
        <translation>Choisissez le réseau des participants.</translation>
    </message>
    <message>
        <source>No session runs.</source>
        <translation>Aucune session n’est en cours.</translation>
    </message>
</context>
<context>
    <name>cx::PdfExport</name>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
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
        <translation>Les objectifs stratégiques d’abord, les indicateurs qui les influencent en retrait dessous. Dernière valeur&#xa0;: la plus récente ayant des données (une valeur par %1). Échantillon&#xa0;: n et l’intervalle à 95 % quand les valeurs viennent de réponses à l’enquête, sinon le nombre de mesures. Le statut compare la dernière valeur à la cible&#x202f;; la tendance est la pente des six dernières valeurs, en hausse ou en baisse seulement quand elle se distingue nettement du bruit.</translation>
    </message>
    <message>
        <source>Cycles: metrics that drive each other round in a circle</source>
        <translation>Cycles&#xa0;: indicateurs qui s’influencent en boucle</translation>
    </message>
    <message>
        <source>Cycle: %1</source>
        <translation>Cycle&#xa0;: %1</translation>
    </message>
    <message>
        <source>↻ cycle: it drives %1, above it in this branch</source>
        <translation>↻ cycle&#xa0;: il influence %1, au-dessus de lui dans cette branche</translation>
    </message>
    <message>
        <source>◆ also under %1</source>
        <translation>◆ également sous %1</translation>
    </message>
    <message>
        <source>what drives it is shown at its first place above</source>
        <translation>ses leviers sont indiqués à sa première place, plus haut</translation>
    </message>
    <message>
        <source>leads to no strategic goal</source>
        <translation>ne mène à aucun objectif stratégique</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>95%: %1 to %2</source>
        <translation>95 %&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <source>small sample</source>
        <translation>petit échantillon</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation>pas encore de valeurs</translation>
    </message>
    <message>
        <source>No values yet, so no chart</source>
        <translation>Pas encore de valeurs, donc pas de graphique</translation>
    </message>
    <message>
        <source>%1: no values yet · target %2 · add measurements or import survey responses</source>
        <translation>%1&#xa0;: pas encore de valeurs · cible %2 · ajoutez des mesures ou importez des réponses à l’enquête</translation>
    </message>
    <message>
        <source>For each Drives link, Pearson&apos;s r between the driver&apos;s and the driven metric&apos;s values over the %1 both have, and p, the two-sided p-value of r ≠ 0; a figure needs at least %2 common %1. A correlation, not a cause: two metrics can move together for other reasons.</source>
        <translation>Pour chaque lien Influence, le r de Pearson entre les valeurs du levier et celles de l’indicateur influencé sur les %1 communs aux deux, et p, la valeur p bilatérale de r ≠ 0&#x202f;; un chiffre exige au moins %2 %1 communs. Une corrélation, pas une causalité&#xa0;: deux indicateurs peuvent évoluer ensemble pour d’autres raisons.</translation>
    </message>
    <message>
        <source>No metric drives another: link metrics with Drives to see how they move together.</source>
        <translation>Aucun indicateur n’en influence un autre&#xa0;: liez des indicateurs par Influence pour voir comment ils évoluent ensemble.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>correlation, not cause</source>
        <translation>corrélation, pas causalité</translation>
    </message>
    <message>
        <source>too few periods (%1 of %2)</source>
        <translation>trop peu de périodes (%1 sur %2)</translation>
    </message>
    <message>
        <source>no figure: a metric does not vary over these %1</source>
        <translation>pas de chiffre&#xa0;: un indicateur ne varie pas sur ces %1</translation>
    </message>
    <message>
        <source>&lt; 0.001</source>
        <translation>&lt; 0,001</translation>
    </message>
    <message>
        <source>… under %1</source>
        <translation>… sous %1</translation>
    </message>
    <message>
        <source>Metrics: hierarchy and status</source>
        <translation>Indicateurs&#xa0;: hiérarchie et statut</translation>
    </message>
    <message>
        <source>Metrics: trends by %1</source>
        <extracomment>%1: the length of the periods: &quot;week&quot;, &quot;month&quot; or &quot;quarter&quot;</extracomment>
        <translation>Indicateurs&#xa0;: tendances par %1</translation>
    </message>
    <message>
        <source>Metrics: drivers (correlation, not cause)</source>
        <translation>Indicateurs&#xa0;: leviers (corrélation, pas causalité)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Driver → driven</source>
        <translation>Levier → influencé</translation>
    </message>
    <message>
        <source>Common %1</source>
        <translation>%1 communs</translation>
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
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Nothing to export: the parts chosen have no pages for this workspace.</source>
        <translation>Rien à exporter&#xa0;: les parties choisies n’ont aucune page pour cet espace de travail.</translation>
    </message>
    <message>
        <source>An empty part name in “%1”: use %2, separated by commas.</source>
        <translation>Nom de partie vide dans «&#xa0;%1&#xa0;»&#xa0;: utilisez %2, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Unknown part “%1”: use %2.</source>
        <translation>Partie inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”: use A4, A3, Letter or Tabloid.</source>
        <translation>Format de page inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez A4, A3, Letter ou Tabloid.</translation>
    </message>
    <message>
        <source>Unknown orientation “%1”: use portrait or landscape.</source>
        <translation>Orientation inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez portrait ou landscape.</translation>
    </message>
    <message>
        <source>Unknown journey layout “%1”: use fit (one page each) or tile.</source>
        <translation>Mise en page de parcours inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fit (une page chacun) ou tile.</translation>
    </message>
    <message>
        <source>The tile scale must be between 0.05 and 10 points per unit.</source>
        <translation>L’échelle de mosaïque doit être comprise entre 0,05 et 10 points par unité.</translation>
    </message>
    <message>
        <source>The tile overlap must be between 0 and 144 points.</source>
        <translation>Le chevauchement de mosaïque doit être compris entre 0 et 144 points.</translation>
    </message>
    <message>
        <source>There is no journey with id %1 in this workspace.</source>
        <translation>Aucun parcours d’id %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Nothing to export: choose at least one part of the document.</source>
        <translation>Rien à exporter&#xa0;: choisissez au moins une partie du document.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start a PDF in %1.</source>
        <translation>Impossible de créer un PDF dans %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>L’export a été annulé&#x202f;; %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <source>The preview width must be between 1 and 8000 pixels.</source>
        <translation>La largeur de l’aperçu doit être comprise entre 1 et 8000 pixels.</translation>
    </message>
    <message>
        <source>CX Atlas workspace</source>
        <translation>Espace de travail CX Atlas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary: gaps, metrics, elements, insights and opportunities</source>
        <translation>Synthèse&#xa0;: lacunes, indicateurs, éléments, enseignements et opportunités</translation>
    </message>
    <message numerus="yes">
        <source> (%n pages)</source>
        <translation>
            <numerusform> (%n page)</numerusform>
            <numerusform> (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>CX architecture: %1</source>
        <translation>Architecture CX&#xa0;: %1</translation>
    </message>
    <message>
        <source>: no linked stories, services, systems, processes, data or metrics</source>
        <translation>&#xa0;: aucun récit, service, système, processus, donnée ni indicateur lié</translation>
    </message>
    <message>
        <source>Workshop results: %1 (%2)</source>
        <translation>Résultats de l’atelier&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Voting round “%1” on %2: still running, no results yet</source>
        <translation>Tour de vote «&#xa0;%1&#xa0;» sur %2&#xa0;: toujours en cours, pas encore de résultats</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3 × %4 pages)</source>
        <translation>ligne %1, colonne %2 (%3 × %4 pages)</translation>
    </message>
    <message>
        <source> (future state)</source>
        <translation> (état cible)</translation>
    </message>
    <message>
        <source> (current state)</source>
        <translation> (état actuel)</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>%1 personas · %2 journeys · %3 moments · %4 architecture elements · %5 metrics</source>
        <translation>%1 personas · %2 parcours · %3 moments · %4 éléments d’architecture · %5 indicateurs</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>→ col. %1</source>
        <translation>→ col. %1</translation>
    </message>
    <message>
        <source>↓ row %1</source>
        <translation>↓ ligne %1</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>moment %1 of the %2 with links</source>
        <translation>moment %1 sur les %2 ayant des liens</translation>
    </message>
    <message>
        <source>moments %1–%2 of the %3 with links</source>
        <translation>moments %1 à %2 sur les %3 ayant des liens</translation>
    </message>
    <message numerus="yes">
        <source>; %n without links not shown</source>
        <translation>
            <numerusform>&#x202f;; %n sans lien non affiché</numerusform>
            <numerusform>&#x202f;; %n sans lien non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Summary (continued)</source>
        <translation>Synthèse (suite)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>No gaps: every moment that matters is measured, owned and supported.</source>
        <translation>Aucune lacune&#xa0;: chaque moment de vérité est mesuré, a un responsable et un appui.</translation>
    </message>
    <message>
        <source>Metrics, from strategic goals down to what drives them</source>
        <translation>Indicateurs, des objectifs stratégiques jusqu’à leurs leviers</translation>
    </message>
    <message>
        <source>No metrics yet.</source>
        <translation>Aucun indicateur pour l’instant.</translation>
    </message>
    <message>
        <source>latest %1%2 (%3)</source>
        <translation>dernière valeur %1%2 (%3)</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>Architecture elements, and what uses them</source>
        <translation>Éléments d’architecture, et ce qui les utilise</translation>
    </message>
    <message>
        <source>No stories, experiences, services, systems, processes or data yet.</source>
        <translation>Aucun récit, expérience, service, système, processus ni donnée pour l’instant.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>value %1, rank %2 of %3 systems and processes</source>
        <translation>valeur %1, rang %2 sur %3 systèmes et processus</translation>
    </message>
    <message numerus="yes">
        <source>used by %n moment(s): %1</source>
        <translation>
            <numerusform>utilisé par %n moment&#xa0;: %1</numerusform>
            <numerusform>utilisé par %n moments&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) depend on it: %1</source>
        <translation>
            <numerusform>%n élément en dépend&#xa0;: %1</numerusform>
            <numerusform>%n éléments en dépendent&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing uses it</source>
        <translation>rien ne l’utilise</translation>
    </message>
    <message>
        <source>Insights, by the value of the moments they explain</source>
        <translation>Enseignements, par valeur des moments qu’ils expliquent</translation>
    </message>
    <message>
        <source>No insights yet.</source>
        <translation>Aucun enseignement pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>explains %n moment(s), value %1</source>
        <translation>
            <numerusform>explique %n moment, valeur %1</numerusform>
            <numerusform>explique %n moments, valeur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>explains no moment yet</source>
        <translation>n’explique encore aucun moment</translation>
    </message>
    <message>
        <source>Opportunities, ranked by impact × value ÷ effort</source>
        <translation>Opportunités, classées par impact × valeur ÷ effort</translation>
    </message>
    <message>
        <source>No opportunities yet.</source>
        <translation>Aucune opportunité pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>score %1 · impact %2 · effort %3 · improves %n moment(s), value %4</source>
        <translation>
            <numerusform>score %1 · impact %2 · effort %3 · améliore %n moment, valeur %4</numerusform>
            <numerusform>score %1 · impact %2 · effort %3 · améliore %n moments, valeur %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · trend %2</source>
        <translation>%1 · tendance %2</translation>
    </message>
    <message>
        <source> · in %1</source>
        <translation> · en %1</translation>
    </message>
    <message>
        <source>value per %1</source>
        <extracomment>%1: the length of the periods: &quot;week&quot;, &quot;month&quot; or &quot;quarter&quot;</extracomment>
        <translation>valeur par %1</translation>
    </message>
    <message>
        <source>small sample (under 30 responses)</source>
        <translation>petit échantillon (moins de 30 réponses)</translation>
    </message>
    <message>
        <source>95% interval (survey responses)</source>
        <translation>intervalle à 95 % (réponses à l’enquête)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1, %2–%3 UTC</source>
        <translation>%1, %2–%3 UTC</translation>
    </message>
    <message>
        <source>%1, %2 UTC to %3, %4 UTC</source>
        <translation>du %1, %2 UTC au %3, %4 UTC</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>ex æquo</translation>
    </message>
    <message>
        <source>moment that matters</source>
        <translation>moment de vérité</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per participant</source>
        <translation>
            <numerusform>%n gommette par participant</numerusform>
            <numerusform>%n gommettes par participant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous participant(s)</source>
        <translation>
            <numerusform>%n participant anonyme</numerusform>
            <numerusform>%n participants anonymes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voted</source>
        <translation>
            <numerusform>%n a voté</numerusform>
            <numerusform>%n ont voté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) given</source>
        <translation>
            <numerusform>%1 sur %n gommette donnée</numerusform>
            <numerusform>%1 sur %n gommettes données</numerusform>
        </translation>
    </message>
    <message>
        <source>the tally was hidden until the round ended</source>
        <translation>le décompte était masqué jusqu’à la fin du tour</translation>
    </message>
    <message>
        <source>None of the ranked moments is marked as a moment that matters.</source>
        <translation>Aucun des moments classés n’est marqué comme moment de vérité.</translation>
    </message>
    <message>
        <source>Marked as moments that matter: %1.</source>
        <translation>Marqués comme moments de vérité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Moments by dots</source>
        <translation>Moments par gommettes</translation>
    </message>
    <message>
        <source>No dots were given in this round.</source>
        <translation>Aucune gommette n’a été donnée lors de ce tour.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Nobody was named or seated in this round.</source>
        <translation>Aucun participant n’a été nommé ni compté lors de ce tour.</translation>
    </message>
    <message>
        <source>Workshop results: %1</source>
        <translation>Résultats de l’atelier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workshop results: %1 (continued)</source>
        <translation>Résultats de l’atelier&#xa0;: %1 (suite)</translation>
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
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>cx::PersonaDiff</name>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Photo (%1 KB, %2)</source>
        <translation>Photo (%1 Ko, %2)</translation>
    </message>
</context>
<context>
    <name>cx::PersonaEditor</name>
    <message>
        <source>PNG or JPEG, up to %1 MB and %2 megapixels; stored at most %3 pixels wide or tall.</source>
        <translation>PNG ou JPEG, jusqu’à %1 Mo et %2 mégapixels&#x202f;; stockée avec au plus %3 pixels de large ou de haut.</translation>
    </message>
    <message>
        <source>Drop a PNG or JPEG file from this computer to use it as the photo.</source>
        <translation>Déposez un fichier PNG ou JPEG de cet ordinateur pour l’utiliser comme photo.</translation>
    </message>
</context>
<context>
    <name>cx::PersonaEdits</name>
    <message>
        <source>There is no persona %1 in this workspace.</source>
        <translation>Aucun persona %1 dans cet espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>There is no item %1 in a list of %n item(s).</source>
        <translation>
            <numerusform>Aucun élément %1 dans une liste de %n élément.</numerusform>
            <numerusform>Aucun élément %1 dans une liste de %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>“%1” is not a colour (#rrggbb).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une couleur (#rrggbb).</translation>
    </message>
    <message>
        <source>That field of a persona cannot be set this way.</source>
        <translation>Ce champ d’un persona ne peut pas être défini ainsi.</translation>
    </message>
    <message>
        <source>Say what changed in persona “%1” to record a revision.</source>
        <translation>Indiquez ce qui a changé dans le persona «&#xa0;%1&#xa0;» pour enregistrer une révision.</translation>
    </message>
    <message>
        <source>it has no revision %1.</source>
        <translation>il n’a pas de révision %1.</translation>
    </message>
    <message>
        <source>Cannot restore persona “%1”: %2</source>
        <translation>Impossible de restaurer le persona «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a status.</source>
        <extracomment>%1: the value given; a persona&apos;s status is &quot;hypothesis&quot; or &quot;validated&quot;</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut valide.</translation>
    </message>
    <message>
        <source>“%1” is not a value tier.</source>
        <extracomment>%1: the value given; a persona&apos;s value tier is low, medium, high or top</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un niveau de valeur valide.</translation>
    </message>
</context>
<context>
    <name>cx::PersonaPhoto</name>
    <message>
        <source>%1: %2 The photo was not changed.</source>
        <translation>%1&#xa0;: %2 La photo n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>the file is %1 MB; a photo may be at most %2 MB.</source>
        <translation>le fichier fait %1 Mo&#x202f;; une photo peut faire au plus %2 Mo.</translation>
    </message>
    <message>
        <source>this is not a PNG or JPEG image.</source>
        <translation>ce n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>the image is damaged: its PNG data runs past the end of the file.</source>
        <translation>l’image est endommagée&#xa0;: ses données PNG dépassent la fin du fichier.</translation>
    </message>
    <message>
        <source>the image is damaged: its size cannot be read.</source>
        <translation>l’image est endommagée&#xa0;: sa taille est illisible.</translation>
    </message>
    <message>
        <source>the image is %1 × %2 pixels (%3 megapixels); a photo may have at most %4 megapixels.</source>
        <translation>l’image fait %1 × %2 pixels (%3 mégapixels)&#x202f;; une photo peut avoir au plus %4 mégapixels.</translation>
    </message>
    <message>
        <source>the image is damaged: the JPEG data ends too early.</source>
        <translation>l’image est endommagée&#xa0;: les données JPEG s’arrêtent trop tôt.</translation>
    </message>
    <message>
        <source>the image is damaged: %1.</source>
        <translation>l’image est endommagée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the photo could not be encoded again: %1.</source>
        <translation>la photo n’a pas pu être réencodée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: there is no such file. The photo was not changed.</source>
        <translation>%1&#xa0;: ce fichier n’existe pas. La photo n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; a photo may be at most %3 MB. The photo was not changed.</source>
        <translation>%1&#xa0;: le fichier fait %2 Mo&#x202f;; une photo peut faire au plus %3 Mo. La photo n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2). The photo was not changed.</source>
        <translation>%1&#xa0;: lecture impossible (%2). La photo n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>cx::PersonaSheetLayout</name>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Premium</translation>
    </message>
</context>
<context>
    <name>cx::PersonaSnapshot</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Need state</source>
        <translation>État de besoin</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Niveau de valeur</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Comportements</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Données démographiques</translation>
    </message>
    <message>
        <source>Psychographics</source>
        <translation>Données psychographiques</translation>
    </message>
    <message>
        <source>Field notes</source>
        <translation>Notes de terrain</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This revision holds no snapshot of the persona&apos;s fields.</source>
        <translation>Cette révision ne contient aucun instantané des champs du persona.</translation>
    </message>
    <message>
        <source>This revision&apos;s snapshot is damaged (at character %1: %2).</source>
        <translation>L’instantané de cette révision est endommagé (au caractère %1&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>cx::Preferences</name>
    <message>
        <source>Unnamed workspaces cannot live in “%1”: the folder cannot be written to.</source>
        <translation>Les espaces de travail sans nom ne peuvent pas être placés dans «&#xa0;%1&#xa0;»&#x202f;: impossible d’écrire dans ce dossier.</translation>
    </message>
</context>
<context>
    <name>cx::PresenceModel</name>
    <message>
        <source>%1, on the journey “%2”</source>
        <translation>%1, dans le parcours «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Nobody else has this workspace open</source>
        <translation>Personne d’autre n’a ouvert cet espace de travail</translation>
    </message>
    <message>
        <source>Also here: %1</source>
        <translation>Également ici&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cx::PresentationController</name>
    <message>
        <source>Research-based</source>
        <translation>Fondé sur la recherche</translation>
    </message>
    <message>
        <source>Partly backed</source>
        <translation>Partiellement étayé</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supposition</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
</context>
<context>
    <name>cx::QrCode</name>
    <message>
        <source>There is no address to make a QR code of.</source>
        <translation>Il n’y a pas d’adresse dont faire un code QR.</translation>
    </message>
    <message>
        <source>The address cannot be made into a QR code: it contains a NUL character.</source>
        <translation>L’adresse ne peut pas devenir un code QR&#xa0;: elle contient un caractère NUL.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code (%1 bytes; a QR code at error correction level M holds at most 2,331).</source>
        <translation>L’adresse est trop longue pour un code QR (%1&#xa0;octets&#x202f;; un code QR au niveau de correction d’erreurs M en contient au plus 2&#xa0;331).</translation>
    </message>
    <message>
        <source>The QR code could not be made (%1).</source>
        <translation>Le code QR n’a pas pu être créé (%1).</translation>
    </message>
</context>
<context>
    <name>cx::RecentFiles</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>cx::ResponseChanges</name>
    <message>
        <source>The metric to import responses into does not exist.</source>
        <translation>L’indicateur dans lequel importer les réponses n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” has no responses to import into “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune réponse à importer dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” holds responses on the %2 scale (from “%3”); these are on the %4 scale. Import them into another metric, or remove the earlier import first.</source>
        <extracomment>%1: a metric; %2, %4: survey answer scales with their ranges, e.g. &quot;nps (0–10)&quot;; %3: a file</extracomment>
        <translation>«&#xa0;%1&#xa0;» contient des réponses sur l’échelle %2 (de «&#xa0;%3&#xa0;»)&#x202f;; celles-ci sont sur l’échelle %4. Importez-les dans un autre indicateur, ou supprimez d’abord l’import précédent.</translation>
    </message>
    <message>
        <source>That import of survey responses does not exist.</source>
        <translation>Cet import de réponses à l’enquête n’existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n response(s) into “%1”</source>
        <translation>
            <numerusform>Importer %n réponse dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Importer %n réponses dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>No metric has the id or title “%1”.</source>
        <translation>Aucun indicateur n’a l’id ou le titre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n metric(s); give one of their ids:
  %2</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» désigne %n indicateur&#x202f;; indiquez l’un de leurs ids&#xa0;:
  %2</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» désigne %n indicateurs&#x202f;; indiquez l’un de leurs ids&#xa0;:
  %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ResponseImportController</name>
    <message>
        <source>custom %1–%2</source>
        <translation>personnalisée %1–%2</translation>
    </message>
    <message>
        <source>“%1” holds responses on the %2 scale already; these must be on it too.</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà des réponses sur l’échelle %2&#x202f;; celles-ci doivent l’être aussi.</translation>
    </message>
    <message>
        <source>Open a workspace you can edit to import responses into it.</source>
        <translation>Ouvrez un espace de travail modifiable pour y importer des réponses.</translation>
    </message>
    <message>
        <source>The workspace has no metric to import responses into; add one first.</source>
        <translation>L’espace de travail n’a aucun indicateur dans lequel importer des réponses&#x202f;; ajoutez-en un d’abord.</translation>
    </message>
    <message>
        <source>Choose a file of survey responses.</source>
        <translation>Choisissez un fichier de réponses à l’enquête.</translation>
    </message>
    <message>
        <source>Choose the metric these responses are for.</source>
        <translation>Choisissez l’indicateur auquel ces réponses se rapportent.</translation>
    </message>
    <message>
        <source>The file has a header but no responses.</source>
        <translation>Le fichier a une ligne d’en-tête mais aucune réponse.</translation>
    </message>
    <message>
        <source>None of the rows can be imported; see the bad rows for why.</source>
        <translation>Aucune ligne ne peut être importée&#x202f;; consultez les lignes erronées pour en connaître la raison.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are bad, so nothing will be imported: fix them in the file and choose it again, or skip them.</source>
        <translation>
            <numerusform>%Ln ligne est erronée, donc rien ne sera importé&#xa0;: corrigez-la dans le fichier et choisissez-le à nouveau, ou ignorez-la.</numerusform>
            <numerusform>%Ln lignes sont erronées, donc rien ne sera importé&#xa0;: corrigez-les dans le fichier et choisissez-le à nouveau, ou ignorez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s), all good</source>
        <translation>
            <numerusform>%Ln réponse, valide</numerusform>
            <numerusform>%Ln réponses, toutes valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 good and %2 bad of %Ln row(s)</source>
        <translation>
            <numerusform>%1 valides et %2 erronées sur %Ln ligne</numerusform>
            <numerusform>%1 valides et %2 erronées sur %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Choose a file of survey responses, and wait for it to be read.</source>
        <translation>Choisissez un fichier de réponses à l’enquête, et attendez qu’il soit lu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are bad; nothing was imported. Fix them in the file, or skip them.</source>
        <translation>
            <numerusform>%Ln ligne est erronée&#x202f;; rien n’a été importé. Corrigez-la dans le fichier, ou ignorez-la.</numerusform>
            <numerusform>%Ln lignes sont erronées&#x202f;; rien n’a été importé. Corrigez-les dans le fichier, ou ignorez-les.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ResponseReader</name>
    <message>
        <source>no moment is called “%1”</source>
        <translation>aucun moment ne s’appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>too few fields: %1, but the chosen columns need %2</source>
        <translation>trop peu de champs&#xa0;: %1, alors que les colonnes choisies en demandent %2</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>la date manque</translation>
    </message>
    <message>
        <source>the date “%1” is not in a known format (2026-08-14, 14.08.2026, 8/14/2026…)</source>
        <translation>la date «&#xa0;%1&#xa0;» n’est pas dans un format connu (2026-08-14, 14.08.2026, 8/14/2026…)</translation>
    </message>
    <message>
        <source>the date “%1” is no day of the calendar</source>
        <translation>la date «&#xa0;%1&#xa0;» n’existe pas dans le calendrier</translation>
    </message>
    <message>
        <source>the score is missing</source>
        <translation>le score manque</translation>
    </message>
    <message>
        <source>the score “%1” is not a number</source>
        <translation>le score «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>the score %1 is outside %2–%3</source>
        <translation>le score %1 est hors de %2–%3</translation>
    </message>
    <message>
        <source>the score %1 is not a whole number, as %2 scores are</source>
        <translation>le score %1 n’est pas un nombre entier, comme le sont les scores %2</translation>
    </message>
    <message>
        <source>the date “%1” can only be month/day (M/d/yyyy), but most slash dates in this column are day/month (d/M/yyyy)</source>
        <translation>la date «&#xa0;%1&#xa0;» ne peut être que mois/jour (M/d/yyyy), mais la plupart des dates à barres obliques de cette colonne sont jour/mois (d/M/yyyy)</translation>
    </message>
    <message>
        <source>the date “%1” can only be day/month (d/M/yyyy), but most slash dates in this column are month/day (M/d/yyyy)</source>
        <translation>la date «&#xa0;%1&#xa0;» ne peut être que jour/mois (d/M/yyyy), mais la plupart des dates à barres obliques de cette colonne sont mois/jour (M/d/yyyy)</translation>
    </message>
    <message>
        <source>the date “%1” is ambiguous: day/month or month/day, and no slash date in this column has a part over 12 to decide</source>
        <translation>la date «&#xa0;%1&#xa0;» est ambiguë&#xa0;: jour/mois ou mois/jour, et aucune date à barres obliques de cette colonne n’a de partie supérieure à 12 pour trancher</translation>
    </message>
    <message>
        <source>the date “%1” is a slash date, and this column has as many that can only be day/month as that can only be month/day, so their order is unknown</source>
        <translation>la date «&#xa0;%1&#xa0;» est une date à barres obliques, et cette colonne en a autant qui ne peuvent être que jour/mois que mois/jour&#xa0;: leur ordre est donc inconnu</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line.</source>
        <translation>%1 est vide&#xa0;: il n’y a pas de ligne d’en-tête.</translation>
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
        <translation>Échelle personnalisée</translation>
    </message>
    <message>
        <source>%1: no column is chosen for the date.</source>
        <translation>%1&#xa0;: aucune colonne n’est choisie pour la date.</translation>
    </message>
    <message>
        <source>%1: no column is chosen for the score.</source>
        <translation>%1&#xa0;: aucune colonne n’est choisie pour le score.</translation>
    </message>
    <message>
        <source>The scale %1–%2 holds no scores.</source>
        <translation>L’échelle %1–%2 ne contient aucun score.</translation>
    </message>
    <message>
        <source>%1: a moment column is chosen without a way to find moments.</source>
        <translation>%1&#xa0;: une colonne de moment est choisie sans moyen de trouver les moments.</translation>
    </message>
    <message>
        <source>%1: there is no column %2; the header&apos;s last column is %3.</source>
        <translation>%1&#xa0;: il n’y a pas de colonne %2&#x202f;; la dernière colonne de l’en-tête est %3.</translation>
    </message>
</context>
<context>
    <name>cx::Rules</name>
    <message>
        <source>Cannot link %1 to %2: %3 does not exist in this workspace.</source>
        <translation>Impossible de lier %1 à %2&#xa0;: %3 n’existe pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 cannot be linked to itself.</source>
        <translation>Un élément ne peut pas être lié à lui-même&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A %1 cannot be linked to a %2 with the relation “%3”.</source>
        <extracomment>%1, %2: kinds of record (&quot;story&quot;, &quot;system&quot;); %3: a relation (&quot;uses&quot;)</extracomment>
        <translation>Un élément de type %1 ne peut pas être lié à un élément de type %2 par la relation «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is already linked to %2 (“%3”).</source>
        <extracomment>%1, %2: records, e.g. &quot;story “Card management”&quot;; %3: the relation, e.g. &quot;uses&quot;</extracomment>
        <translation>Il existe déjà un lien entre %1 et %2 («&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 cannot open the journey it belongs to.</source>
        <translation>%1 ne peut pas ouvrir le parcours auquel il appartient.</translation>
    </message>
    <message>
        <source>%1 already opens %2; unlink that journey first.</source>
        <translation>%1 ouvre déjà %2&#x202f;; déliez d’abord ce parcours.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <extracomment>%1: the kind of record (&quot;story&quot;), %2: its title, %3: what is wrong with it</extracomment>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>it has no id.</source>
        <translation>il n’a pas d’id.</translation>
    </message>
    <message>
        <source>its width must be between 0 and %1.</source>
        <translation>sa largeur doit être comprise entre 0 et %1.</translation>
    </message>
    <message>
        <source>its height must be between 0 and %1.</source>
        <translation>sa hauteur doit être comprise entre 0 et %1.</translation>
    </message>
    <message>
        <source>its stage is not a stage of its journey.</source>
        <translation>son étape n’est pas une étape de son parcours.</translation>
    </message>
    <message>
        <source>its lane is not a lane of its journey.</source>
        <translation>son couloir n’est pas un couloir de son parcours.</translation>
    </message>
    <message>
        <source>the emotion score must be between -2 and +2.</source>
        <translation>le score émotionnel doit être compris entre -2 et +2.</translation>
    </message>
    <message>
        <source>its emotion scores must name each persona once, in order.</source>
        <translation>ses scores émotionnels doivent nommer chaque persona une fois, dans l’ordre.</translation>
    </message>
    <message>
        <source>an emotion score names a persona that does not exist.</source>
        <translation>un score émotionnel nomme un persona qui n’existe pas.</translation>
    </message>
    <message>
        <source>importance must be between 1 and 5.</source>
        <translation>l’importance doit être comprise entre 1 et 5.</translation>
    </message>
    <message>
        <source>the colour must be written #rrggbb.</source>
        <translation>la couleur doit s’écrire #rrggbb.</translation>
    </message>
    <message>
        <source>an element must be a story, experience, service, system, process or data.</source>
        <translation>un élément doit être un récit, une expérience, un service, un système, un processus ou des données.</translation>
    </message>
    <message>
        <source>impact and effort must be between 1 and 5.</source>
        <translation>l’impact et l’effort doivent être compris entre 1 et 5.</translation>
    </message>
    <message>
        <source>the vote is for a moment that does not exist.</source>
        <translation>le vote porte sur un moment qui n’existe pas.</translation>
    </message>
    <message>
        <source>the vote is in a voting round that does not exist.</source>
        <translation>le vote appartient à un tour de vote qui n’existe pas.</translation>
    </message>
    <message>
        <source>the vote is for a moment of another journey than its round&apos;s.</source>
        <translation>le vote porte sur un moment d’un autre parcours que celui de son tour.</translation>
    </message>
    <message>
        <source>“%1” is not a participant of the round.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un participant de ce tour.</translation>
    </message>
    <message>
        <source>a vote needs at least one dot.</source>
        <translation>un vote nécessite au moins une gommette.</translation>
    </message>
    <message>
        <source>its journey does not exist.</source>
        <translation>son parcours n’existe pas.</translation>
    </message>
    <message>
        <source>dots per participant must be between %1 and %2.</source>
        <translation>le nombre de gommettes par participant doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>an anonymous round needs between 1 and %1 participants.</source>
        <translation>un tour anonyme nécessite entre 1 et %1 participants.</translation>
    </message>
    <message>
        <source>a round names its participants or counts them, not both.</source>
        <translation>un tour nomme ses participants ou les compte, pas les deux.</translation>
    </message>
    <message>
        <source>a participant needs a name without spaces around it.</source>
        <translation>un participant a besoin d’un nom sans espaces autour.</translation>
    </message>
    <message>
        <source>“%1” is named twice.</source>
        <translation>«&#xa0;%1&#xa0;» est nommé deux fois.</translation>
    </message>
    <message>
        <source>it has no start time.</source>
        <translation>il n’a pas d’heure de début.</translation>
    </message>
    <message>
        <source>it ends before it starts.</source>
        <translation>il se termine avant de commencer.</translation>
    </message>
    <message>
        <source>its metric does not exist.</source>
        <translation>son indicateur n’existe pas.</translation>
    </message>
    <message>
        <source>the range of a %1 scale is fixed.</source>
        <extracomment>%1: a survey answer scale: &quot;nps&quot;, &quot;csat&quot; or &quot;ces&quot;</extracomment>
        <translation>la plage d’une échelle %1 est fixe.</translation>
    </message>
    <message>
        <source>the scale&apos;s lowest score must be below its highest.</source>
        <translation>le score minimal de l’échelle doit être inférieur à son score maximal.</translation>
    </message>
    <message>
        <source>its columns of responses differ in length.</source>
        <translation>ses colonnes de réponses n’ont pas la même longueur.</translation>
    </message>
    <message>
        <source>its moments and segments are not listed in the order of their first use.</source>
        <translation>ses moments et segments ne sont pas listés dans l’ordre de leur première utilisation.</translation>
    </message>
    <message>
        <source>response %1 has a score outside the scale.</source>
        <translation>la réponse %1 a un score hors de l’échelle.</translation>
    </message>
    <message>
        <source>response %1 has no valid date.</source>
        <translation>la réponse %1 n’a pas de date valide.</translation>
    </message>
    <message>
        <source>response %1 refers to a moment or segment it does not list.</source>
        <translation>la réponse %1 renvoie à un moment ou à un segment que cet import ne liste pas.</translation>
    </message>
    <message>
        <source>it lists moments or segments that no response names.</source>
        <translation>cet import liste des moments ou des segments qu’aucune réponse ne nomme.</translation>
    </message>
    <message>
        <source>a parking-lot note needs some text.</source>
        <translation>une note du parking d’idées doit contenir du texte.</translation>
    </message>
    <message>
        <source>its position is negative.</source>
        <translation>sa position est négative.</translation>
    </message>
</context>
<context>
    <name>cx::ServerConnection</name>
    <message>
        <source>This CX Atlas cannot reach team servers: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Cette installation de CX Atlas ne peut pas joindre de serveur d’équipe&#xa0;: le pilote PostgreSQL de Qt n’est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password for %2.</source>
        <translation>Le serveur %1 n’a pas accepté le mot de passe de %2.</translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”.</source>
        <translation>Le serveur %1 n’a pas de base de données «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The server %1 refused: %2 may not make this change (%3).</source>
        <translation>Le serveur %1 a refusé&#xa0;: %2 n’a pas le droit d’effectuer cette modification (%3).</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2).</source>
        <translation>Le serveur %1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>The server %1 refused to %2: %3</source>
        <translation>Le serveur %1 a refusé l’opération «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: the connection was lost.</source>
        <translation>Le serveur %1 est injoignable&#xa0;: la connexion a été perdue.</translation>
    </message>
</context>
<context>
    <name>cx::ServerPasswords</name>
    <message>
        <source>no keyring is available on this desktop</source>
        <translation>aucun trousseau n’est disponible sur ce bureau</translation>
    </message>
    <message>
        <source>this system has no keyring that CX Atlas can use</source>
        <translation>ce système n’a aucun trousseau que CX Atlas puisse utiliser</translation>
    </message>
    <message>
        <source>access to the keyring was declined</source>
        <translation>l’accès au trousseau a été refusé</translation>
    </message>
    <message>
        <source>the keyring refused access</source>
        <translation>le trousseau a refusé l’accès</translation>
    </message>
    <message>
        <source>the keyring did not answer (is a keyring service such as GNOME Keyring or KWallet running?)</source>
        <translation>le trousseau n’a pas répondu (un service comme GNOME Keyring ou KWallet est-il lancé&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>cx::ServerSchema</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 est absente de cette version.</translation>
    </message>
    <message>
        <source>Migration %1 was not applied, and nothing of it is on the server: %2</source>
        <translation>La migration %1 n’a pas été appliquée, et le serveur n’en contient aucune trace&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database “%1” holds no CX Atlas workspaces yet. Its administrator prepares it with: cxatlas server migrate %2</source>
        <translation>La base de données «&#xa0;%1&#xa0;» ne contient encore aucun espace de travail CX Atlas. Son administrateur la prépare avec&#xa0;: cxatlas server migrate %2</translation>
    </message>
    <message>
        <source>The database “%1” was prepared by a newer CX Atlas (server format %2; this one knows %3). Update CX Atlas to open its workspaces.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» a été préparée par une version plus récente de CX Atlas (format de serveur %2&#x202f;; cette version connaît jusqu’au format %3). Mettez CX Atlas à jour pour ouvrir ses espaces de travail.</translation>
    </message>
    <message>
        <source>The database “%1” is at server format %2 and this CX Atlas needs %3. Its administrator upgrades it with: cxatlas server migrate %4</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est au format de serveur %2 et cette version de CX Atlas a besoin du format %3. Son administrateur la met à niveau avec&#xa0;: cxatlas server migrate %4</translation>
    </message>
</context>
<context>
    <name>cx::ServerSession</name>
    <message>
        <source>Give the server&apos;s address, such as postgresql://you@server.example.org/cx.</source>
        <translation>Indiquez l’adresse du serveur, par exemple postgresql://vous@server.example.org/cx.</translation>
    </message>
    <message>
        <source>Give the name of the workspace to open on %1.</source>
        <translation>Indiquez le nom de l’espace de travail à ouvrir sur %1.</translation>
    </message>
    <message>
        <source>The server can be reached again: “%1” is up to date and can be edited as before.</source>
        <translation>Le serveur est de nouveau joignable&#xa0;: «&#xa0;%1&#xa0;» est à jour et peut être modifié comme avant.</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1. You will be asked for it the next time.</source>
        <translation>Le mot de passe n’a pas pu être retenu&#xa0;: %1. Il vous sera demandé la prochaine fois.</translation>
    </message>
    <message>
        <source>The password could not be read from the keyring: %1.</source>
        <translation>Le mot de passe n’a pas pu être lu dans le trousseau&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
</context>
<context>
    <name>cx::ServerStore</name>
    <message>
        <source>The address %1 names a database but no workspace; add /WORKSPACE after the database.</source>
        <translation>L’adresse %1 indique une base de données mais aucun espace de travail&#x202f;; ajoutez /WORKSPACE après la base de données.</translation>
    </message>
    <message>
        <source>The server has no workspace “%1” that %2 may open. Check the name, or ask its owner to add you as a member.</source>
        <translation>Le serveur n’a aucun espace de travail «&#xa0;%1&#xa0;» que %2 puisse ouvrir. Vérifiez le nom, ou demandez à son propriétaire de vous ajouter comme membre.</translation>
    </message>
    <message>
        <source>The workspace “%1” was deleted.</source>
        <translation>L’espace de travail «&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>Record %1 of the workspace “%2” on the server is damaged: %3</source>
        <translation>L’enregistrement %1 de l’espace de travail «&#xa0;%2&#xa0;» sur le serveur est endommagé&#xa0;: %3</translation>
    </message>
    <message>
        <source>A link of the workspace “%1” on the server has the unknown relation “%2”.</source>
        <translation>Un lien de l’espace de travail «&#xa0;%1&#xa0;» sur le serveur a la relation inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>You (%1) are a viewer of this team workspace: you can read it but not change it. Its owners can make you an editor.</source>
        <translation>Vous (%1) êtes lecteur de cet espace de travail d’équipe&#xa0;: vous pouvez le consulter mais pas le modifier. Ses propriétaires peuvent faire de vous un éditeur.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>un enregistrement</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; your edit was not saved. The view shows the current version.</source>
        <translation>Quelqu’un d’autre a modifié %1&#x202f;; votre modification n’a pas été enregistrée. La vue affiche la version actuelle.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3; your edit was not saved. The view shows their version.</source>
        <translation>%2 a modifié %1 le %3&#x202f;; votre modification n’a pas été enregistrée. La vue affiche sa version.</translation>
    </message>
    <message>
        <source>A link of %1</source>
        <translation>un lien avec %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; your edit was not saved.</source>
        <translation>Quelqu’un d’autre a modifié %1&#x202f;; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 was removed by %2 at %3; your edit was not saved. The view shows the workspace without it.</source>
        <translation>%2 a supprimé %1 le %3&#x202f;; votre modification n’a pas été enregistrée. La vue affiche l’espace de travail après cette suppression.</translation>
    </message>
    <message>
        <source>This team workspace was opened for reading only.</source>
        <translation>Cet espace de travail d’équipe a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The connection to the server was lost while saving this edit. CX Atlas will say whether it was saved once the server is back.</source>
        <translation>La connexion au serveur a été perdue pendant l’enregistrement de cette modification. CX Atlas indiquera si elle a été enregistrée dès que le serveur sera de nouveau joignable.</translation>
    </message>
    <message>
        <source>The workspace “%1” is no longer on the server.</source>
        <translation>L’espace de travail «&#xa0;%1&#xa0;» n’est plus sur le serveur.</translation>
    </message>
    <message>
        <source>Someone else added or removed cards, stages or notes in the same place at the same time; your edit was not saved. The view shows the current order.</source>
        <translation>Quelqu’un d’autre a ajouté ou supprimé des fiches, des étapes ou des notes au même endroit au même moment&#x202f;; votre modification n’a pas été enregistrée. La vue affiche l’ordre actuel.</translation>
    </message>
    <message>
        <source>Your edit “%1” reached the server before the connection was lost: it is saved.</source>
        <translation>Votre modification «&#xa0;%1&#xa0;» est parvenue au serveur avant la perte de connexion&#xa0;: elle est enregistrée.</translation>
    </message>
    <message>
        <source>Your edit “%1” did not reach the server before the connection was lost: it was not saved.</source>
        <translation>Votre modification «&#xa0;%1&#xa0;» n’est pas parvenue au serveur avant la perte de connexion&#xa0;: elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>This team workspace is read-only until its server can be reached again. %1 CX Atlas keeps trying.</source>
        <extracomment>%1: why, a whole sentence (&quot;The server db.example cannot be reached: …&quot;)</extracomment>
        <translation>Cet espace de travail d’équipe est en lecture seule jusqu’à ce que son serveur soit de nouveau joignable. %1 CX Atlas continue d’essayer.</translation>
    </message>
</context>
<context>
    <name>cx::ServerUrl</name>
    <message>
        <source>“%1” is not a server address; it should look like postgresql://USER@HOST:PORT/DATABASE/WORKSPACE.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur&#x202f;; elle doit avoir la forme postgresql://USER@HOST:PORT/DATABASE/WORKSPACE.</translation>
    </message>
    <message>
        <source>The address %1 contains a password. Leave it out: the window asks for it and keeps it in the desktop keyring, and the command line reads PGPASSWORD or ~/.pgpass.</source>
        <translation>L’adresse %1 contient un mot de passe. Retirez-le&#xa0;: la fenêtre le demande et le conserve dans le trousseau de clés du bureau, et la ligne de commande lit PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>The address %1 should name a database, and may name a workspace after it: …/DATABASE or …/DATABASE/WORKSPACE.</source>
        <translation>L’adresse %1 doit indiquer une base de données, éventuellement suivie d’un espace de travail&#xa0;: …/DATABASE ou …/DATABASE/WORKSPACE.</translation>
    </message>
    <message>
        <source>The port “%1” in %2 is not a port number.</source>
        <translation>Le port «&#xa0;%1&#xa0;» dans %2 n’est pas un numéro de port.</translation>
    </message>
    <message>
        <source>The option “%1” in %2 is not one CX Atlas passes to the server (known: host, port, user, %3).</source>
        <translation>L’option «&#xa0;%1&#xa0;» dans %2 ne fait pas partie de celles que CX Atlas transmet au serveur (connues&#xa0;: host, port, user, %3).</translation>
    </message>
    <message>
        <source>The option “%1” in %2 may not contain “;”.</source>
        <translation>L’option «&#xa0;%1&#xa0;» dans %2 ne peut pas contenir «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>The address %1 names no server.</source>
        <translation>L’adresse %1 n’indique aucun serveur.</translation>
    </message>
    <message numerus="yes">
        <source>A workspace name needs 1 to 100 characters; “%1” has %n.</source>
        <translation>
            <numerusform>Un nom d’espace de travail doit comporter de 1 à 100 caractères&#x202f;; «&#xa0;%1&#xa0;» en a %n.</numerusform>
            <numerusform>Un nom d’espace de travail doit comporter de 1 à 100 caractères&#x202f;; «&#xa0;%1&#xa0;» en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace name “%1” may not contain “/” or control characters.</source>
        <translation>Le nom d’espace de travail «&#xa0;%1&#xa0;» ne peut contenir ni «&#xa0;/&#xa0;» ni caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>cx::VotingController</name>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>No voting round is running on this journey.</source>
        <translation>Aucun tour de vote en cours sur ce parcours.</translation>
    </message>
</context>
<context>
    <name>cx::WorkshopChanges</name>
    <message>
        <source>A voting round needs a name.</source>
        <translation>Un tour de vote doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” is still running on this journey; end it before starting another round.</source>
        <translation>«&#xa0;%1&#xa0;» est toujours en cours sur ce parcours&#x202f;; clôturez-le avant de lancer un autre tour.</translation>
    </message>
    <message>
        <source>The voting round no longer exists.</source>
        <translation>Le tour de vote n’existe plus.</translation>
    </message>
    <message>
        <source>“%1” has ended; its votes can no longer change.</source>
        <translation>«&#xa0;%1&#xa0;» est clos&#x202f;; ses votes ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Votes in “%1” go to moments of its journey.</source>
        <translation>Les votes de «&#xa0;%1&#xa0;» vont aux moments de son parcours.</translation>
    </message>
    <message>
        <source>Choose a participant of “%1” first.</source>
        <translation>Choisissez d’abord un participant de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has used all %n dot(s) of this round. Take a dot back from another moment to move it here.</source>
        <translation>
            <numerusform>%1 a utilisé sa %n gommette de ce tour. Reprenez une gommette d’un autre moment pour la déplacer ici.</numerusform>
            <numerusform>%1 a utilisé ses %n gommettes de ce tour. Reprenez une gommette d’un autre moment pour la déplacer ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dot on “%2” to take back.</source>
        <translation>%1 n’a pas de gommette sur «&#xa0;%2&#xa0;» à reprendre.</translation>
    </message>
    <message>
        <source>There is no running round to end.</source>
        <translation>Aucun tour en cours à clore.</translation>
    </message>
    <message>
        <source>No moment has a dot in this round yet.</source>
        <translation>Aucun moment n’a encore de gommette lors de ce tour.</translation>
    </message>
    <message>
        <source>These moments are already moments that matter.</source>
        <translation>Ces moments sont déjà des moments de vérité.</translation>
    </message>
    <message>
        <source>The parking-lot note no longer exists.</source>
        <translation>La note du parking d’idées n’existe plus.</translation>
    </message>
    <message>
        <source>A note becomes a moment of the journey it was parked on.</source>
        <translation>Une note devient un moment du parcours sur lequel elle a été notée.</translation>
    </message>
    <message>
        <source>Workshop parking lot</source>
        <translation>Parking d’idées de l’atelier</translation>
    </message>
</context>
<context>
    <name>cx::WorkshopEdits</name>
    <message>
        <source>Start voting round “%1”</source>
        <translation>Lancer le tour de vote «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Dot on “%1”</source>
        <translation>Gommette sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Dot taken from “%1”</source>
        <translation>Gommette retirée de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>End voting round “%1”</source>
        <translation>Clore le tour de vote «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Mark the top %n as moments that matter</source>
        <translation>
            <numerusform>Marquer le top %n comme moment de vérité</numerusform>
            <numerusform>Marquer le top %n comme moments de vérité</numerusform>
        </translation>
    </message>
    <message>
        <source>The voting round no longer exists.</source>
        <translation>Le tour de vote n’existe plus.</translation>
    </message>
    <message>
        <source>Park “%1”</source>
        <translation>Mettre «&#xa0;%1&#xa0;» au parking</translation>
    </message>
    <message>
        <source>Make “%1” a moment</source>
        <translation>Faire de «&#xa0;%1&#xa0;» un moment</translation>
    </message>
    <message>
        <source>Make “%1” an insight</source>
        <translation>Faire de «&#xa0;%1&#xa0;» un enseignement</translation>
    </message>
    <message>
        <source>Make “%1” an opportunity</source>
        <translation>Faire de «&#xa0;%1&#xa0;» une opportunité</translation>
    </message>
    <message>
        <source>Move a parking-lot note</source>
        <translation>Déplacer une note du parking d’idées</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceController</name>
    <message>
        <source>No file was given to open.</source>
        <translation>Aucun fichier à ouvrir n’a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot create a new workspace: the folder “%1” cannot be created.</source>
        <translation>Impossible de créer un espace de travail&#xa0;: le dossier «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>There is no open workspace to save.</source>
        <translation>Aucun espace de travail ouvert à enregistrer.</translation>
    </message>
    <message>
        <source>No file name was given to save the workspace as.</source>
        <translation>Aucun nom de fichier n’a été indiqué pour enregistrer l’espace de travail.</translation>
    </message>
    <message>
        <source>Cannot save the workspace as “%1”: that is a folder.</source>
        <translation>Impossible d’enregistrer l’espace de travail sous «&#xa0;%1&#xa0;»&#xa0;: c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot save the workspace as “%1”: that file is open in CX Atlas. Close it there first, or choose another name.</source>
        <translation>Impossible d’enregistrer l’espace de travail sous «&#xa0;%1&#xa0;»&#xa0;: ce fichier est ouvert dans CX Atlas. Fermez-le d’abord, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the folder “%2” cannot be created.</source>
        <translation>Impossible d’importer «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>No file was given to import.</source>
        <translation>Aucun fichier à importer n’a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot remove the unsaved workspace “%1”.</source>
        <translation>Impossible de supprimer l’espace de travail non enregistré «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not an unsaved workspace that can be discarded.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un espace de travail non enregistré pouvant être abandonné.</translation>
    </message>
    <message numerus="yes">
        <source>Drop one workspace at a time: %n files were dropped.</source>
        <translation>
            <numerusform>Déposez un seul espace de travail à la fois&#xa0;: %n fichier a été déposé.</numerusform>
            <numerusform>Déposez un seul espace de travail à la fois&#xa0;: %n fichiers ont été déposés.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a file on this computer, so it cannot be opened.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de cet ordinateur&#x202f;; il ne peut donc pas être ouvert.</translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace (.cxatlas), workspace JSON (.json) or a Mermaid journey diagram (.mmd, .mermaid), so it can be neither opened nor imported.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un espace de travail CX Atlas (.cxatlas), ni un JSON d’espace de travail (.json), ni un diagramme de parcours Mermaid (.mmd, .mermaid)&#x202f;; il ne peut donc être ni ouvert ni importé.</translation>
    </message>
    <message>
        <source>This workspace was upgraded from file format %1 to %2, which older versions of CX Atlas cannot open. The file as it was is kept as “%3”.</source>
        <translation>Cet espace de travail a été mis à niveau du format de fichier %1 au format %2, que les versions antérieures de CX Atlas ne peuvent pas ouvrir. Le fichier d’origine est conservé sous «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>It uses the older file format %1: it is shown upgraded to format %2, and the file itself is not changed.</source>
        <translation>Il utilise l’ancien format de fichier %1&#xa0;: il est affiché mis à niveau au format %2, et le fichier lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <source>A team workspace is saved on its server; export it to a file with File &gt; Export.</source>
        <translation>Un espace de travail d’équipe est enregistré sur son serveur&#x202f;; exportez-le dans un fichier avec Fichier &gt; Exporter.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a CX Atlas workspace file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier d’espace de travail CX Atlas.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a CX Atlas workspace.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#x202f;; ce n’est pas un espace de travail CX Atlas.</translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace: it is not an SQLite database file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un espace de travail CX Atlas&#xa0;: ce n’est pas un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a CX Atlas workspace.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite, mais pas un espace de travail CX Atlas.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it is %2 bytes long but should be %3 (was it cut short while copying?).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: il fait %2 octets au lieu de %3 (a-t-il été tronqué pendant une copie&#x202f;?).</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is being edited in another CX Atlas (process %2 on %3); this shows what it has saved so far.</source>
        <translation>«&#xa0;%1&#xa0;» est en cours de modification dans une autre instance de CX Atlas (processus %2 sur %3)&#x202f;; vous voyez ce qu’elle a enregistré jusqu’ici.</translation>
    </message>
    <message>
        <source>“%1” is read-only (its file or folder cannot be written); it was opened for reading only and changes cannot be saved.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule (son fichier ou son dossier n’est pas accessible en écriture)&#x202f;; il a été ouvert en lecture seule et les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>“%1” is open in another CX Atlas (process %2 on %3); it was opened for reading only. Close it there to edit it here.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre instance de CX Atlas (processus %2 sur %3)&#x202f;; il a été ouvert en lecture seule. Fermez-le là-bas pour le modifier ici.</translation>
    </message>
    <message>
        <source>“%1” was opened for reading only: its lock file “%2” cannot be written (is the disk full?).</source>
        <translation>«&#xa0;%1&#xa0;» a été ouvert en lecture seule&#xa0;: son fichier de verrou «&#xa0;%2&#xa0;» ne peut pas être écrit (le disque est-il plein&#x202f;?).</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of CX Atlas (file format %2; this version reads up to %3). Update CX Atlas to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de CX Atlas (format de fichier %2&#x202f;; cette version lit jusqu’au format %3). Mettez CX Atlas à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it was never completely created.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: il n’a jamais été entièrement créé.</translation>
    </message>
    <message>
        <source>“%1” was opened for reading only: it is upgraded from the older file format %2 to %3 only after a backup of it is kept beside it. %4</source>
        <translation>«&#xa0;%1&#xa0;» a été ouvert en lecture seule&#xa0;: il n’est mis à niveau de l’ancien format de fichier %2 au format %3 qu’après qu’une sauvegarde en a été conservée à côté. %4</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from file format %2 to %3: %4</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être mis à niveau du format de fichier %2 au format %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: %2.</source>
        <translation>Impossible d’enregistrer une copie sous «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceImport</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither workspace JSON (which starts with “{”) nor a Mermaid journey diagram (which starts with “journey”).</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un JSON d’espace de travail (qui commence par «&#xa0;{&#xa0;») ni un diagramme de parcours Mermaid (qui commence par «&#xa0;journey&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; the most CX Atlas reads as a Mermaid diagram is %3 MB.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 Mo&#x202f;; CX Atlas lit au plus %3 Mo pour un diagramme Mermaid.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name or replace it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#x202f;; choisissez un autre nom ou remplacez-le.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 has the id of %2 in the workspace.</source>
        <translation>%1 a l’id de %2 dans l’espace de travail.</translation>
    </message>
    <message>
        <source>%1 is already in the workspace with different content.</source>
        <translation>%1 est déjà dans l’espace de travail avec un contenu différent.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n conflict(s) with the open workspace.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n conflit avec l’espace de travail ouvert.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n conflits avec l’espace de travail ouvert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n record(s)</source>
        <translation>
            <numerusform>Importer %n enregistrement</numerusform>
            <numerusform>Importer %n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceJsonReader</name>
    <message>
        <source>%1, line %2, column %3: %4.</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level.</source>
        <translation>%1&#xa0;: un objet JSON est attendu au premier niveau.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; the most CX Atlas imports is %3 MB.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 Mo&#x202f;; CX Atlas importe au plus %3 Mo.</translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation>%1, à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown key “%1”.</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation>chaîne attendue.</translation>
    </message>
    <message>
        <source>expected an array of strings.</source>
        <translation>tableau de chaînes attendu.</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation>nombre entier de %1 à %2 attendu.</translation>
    </message>
    <message>
        <source>expected a number.</source>
        <translation>nombre attendu.</translation>
    </message>
    <message>
        <source>expected a size from 0 to %1.</source>
        <translation>taille de 0 à %1 attendue.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>true ou false attendu.</translation>
    </message>
    <message>
        <source>expected one of: %1.</source>
        <translation>valeur attendue parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD.</source>
        <translation>date attendue au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>expected a date and time written YYYY-MM-DDThh:mm:ssZ.</source>
        <translation>date et heure attendues au format AAAA-MM-JJThh:mm:ssZ.</translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation>tableau attendu.</translation>
    </message>
    <message>
        <source>more than %1 records; the most CX Atlas imports is %1.</source>
        <translation>plus de %1 enregistrements&#x202f;; CX Atlas en importe au plus %1.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>objet attendu.</translation>
    </message>
    <message>
        <source>an id cannot be empty.</source>
        <translation>un identifiant ne peut pas être vide.</translation>
    </message>
    <message>
        <source>the id “%1” is used twice (first at %2).</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» est utilisé deux fois (d’abord à %2).</translation>
    </message>
    <message>
        <source>expected &quot;cxatlas-workspace&quot;; this is not a CX Atlas workspace file.</source>
        <translation>&quot;cxatlas-workspace&quot; attendu&#x202f;; ce fichier n’est pas un espace de travail CX Atlas.</translation>
    </message>
    <message>
        <source>expected a format version number.</source>
        <translation>numéro de version de format attendu.</translation>
    </message>
    <message>
        <source>format version %1 is newer than this CX Atlas reads (1); update CX Atlas to import it.</source>
        <translation>la version de format %1 est plus récente que celle que lit cette version de CX Atlas (1)&#x202f;; mettez CX Atlas à jour pour l’importer.</translation>
    </message>
    <message>
        <source>expected the image as base64.</source>
        <translation>image attendue en base64.</translation>
    </message>
    <message>
        <source>expected a colour as #rrggbb.</source>
        <translation>couleur attendue au format #rrggbb.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 of this journey.</source>
        <extracomment>%1: an id in the file; %2: &quot;stage&quot; or &quot;lane&quot;, a noun</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un élément de type %2 de ce parcours.</translation>
    </message>
    <message>
        <source>expected an object of persona ids and scores.</source>
        <translation>objet attendu associant des identifiants de personas à des scores.</translation>
    </message>
    <message>
        <source>“%1” is not a persona of this file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un persona de ce fichier.</translation>
    </message>
    <message>
        <source>a parking-lot note needs some text.</source>
        <translation>une note du parking d’idées doit contenir du texte.</translation>
    </message>
    <message>
        <source>expected one of: story, experience, service, system, process, data.</source>
        <translation>valeur attendue parmi&#xa0;: story, experience, service, system, process, data.</translation>
    </message>
    <message>
        <source>“value” is required.</source>
        <translation>«&#xa0;value&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>more than %1 survey responses; the most CX Atlas imports is %1.</source>
        <translation>plus de %1 réponses à l’enquête&#x202f;; CX Atlas en importe au plus %1.</translation>
    </message>
    <message>
        <source>“score” is required.</source>
        <translation>«&#xa0;score&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not a moment of this file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un moment de ce fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a voting round of this file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un tour de vote de ce fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a moment of the round’s journey.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un moment du parcours de ce tour.</translation>
    </message>
    <message>
        <source>“%1” is not a participant of the round.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un participant de ce tour.</translation>
    </message>
    <message>
        <source>“%1” is not a moment.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un moment.</translation>
    </message>
    <message>
        <source>“%1” is not an id of this file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de ce fichier.</translation>
    </message>
    <message>
        <source>a %1 cannot be linked to a %2 (“%3”) with “%4”.</source>
        <extracomment>%1, %2: kinds of record, nouns (&quot;story&quot;, &quot;system&quot;); %3: an id in the file; %4: the relation as the file names it (&quot;uses&quot;, &quot;depends-on&quot;), not translated</extracomment>
        <translation>un élément de type %1 ne peut pas être lié à un élément de type %2 («&#xa0;%3&#xa0;») par «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>the link to “%1” is listed twice.</source>
        <translation>le lien vers «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceJsonWriter</name>
    <message>
        <source>No journey has the id or title “%1”.</source>
        <translation>Aucun parcours n’a l’id ou le titre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) have the title “%1”; give its id instead.</source>
        <translation>
            <numerusform>%n parcours a le titre «&#xa0;%1&#xa0;»&#x202f;; indiquez plutôt son id.</numerusform>
            <numerusform>%n parcours ont le titre «&#xa0;%1&#xa0;»&#x202f;; indiquez plutôt son id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceStore</name>
    <message>
        <source>“%1” is damaged and cannot be read (%2)</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>The workspace is open for reading only.</source>
        <translation>L’espace de travail est ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceSummary</name>
    <message>
        <source>Workspace:      %1
</source>
        <translation>Fichier&#xa0;:       %1
</translation>
    </message>
    <message>
        <source>File format:    version %1 (older: read through an upgraded copy; the file is unchanged)
</source>
        <translation>Format&#xa0;:        version %1 (ancien&#xa0;: lu via une copie mise à niveau&#x202f;; le fichier est inchangé)
</translation>
    </message>
    <message>
        <source>File format:    version %1
</source>
        <translation>Format&#xa0;:        version %1
</translation>
    </message>
    <message>
        <source>Journeys:
</source>
        <translation>Parcours&#xa0;:
</translation>
    </message>
    <message>
        <source>current state</source>
        <translation>état actuel</translation>
    </message>
    <message>
        <source>future state</source>
        <translation>état cible</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n couloir</numerusform>
            <numerusform>%n couloirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) that matter</source>
        <translation>
            <numerusform>%n moment de vérité</numerusform>
            <numerusform>%n moments de vérité</numerusform>
        </translation>
    </message>
    <message>
        <source>; for %1</source>
        <translation>&#x202f;; pour %1</translation>
    </message>
    <message>
        <source>Team workspace: “%1” on a PostgreSQL server
</source>
        <translation>Espace de travail d’équipe&#xa0;: «&#xa0;%1&#xa0;» sur un serveur PostgreSQL
</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceTransfer</name>
    <message>
        <source>The server already has a workspace named “%1”; choose another name with --name.</source>
        <translation>Le serveur a déjà un espace de travail nommé «&#xa0;%1&#xa0;»&#x202f;; choisissez un autre nom avec --name.</translation>
    </message>
</context>
<context>
    <name>cx::cli</name>
    <message>
        <source>Checks the CX architecture of a workspace for gaps: moments that matter without a metric, an owner or backstage support; elements linked to nothing; metrics that lead to no strategic metric; cycles among metrics. Never changes the file.

Exit status: 0 when there are no gaps, 1 when there are, 2 on any error.</source>
        <translation>Vérifie les lacunes de l’architecture CX d’un espace de travail&#xa0;: moments de vérité sans indicateur, sans responsable ou sans appui en back-office&#x202f;; éléments liés à rien&#x202f;; indicateurs ne menant à aucun indicateur stratégique&#x202f;; cycles entre indicateurs. Ne modifie jamais le fichier.

Code de sortie&#xa0;: 0 s’il n’y a aucune lacune, 1 s’il y en a, 2 en cas d’erreur.</translation>
    </message>
    <message>
        <source>The .cxatlas workspace.</source>
        <translation>L’espace de travail .cxatlas.</translation>
    </message>
    <message>
        <source>check needs exactly one workspace file (see cxatlas check --help).</source>
        <translation>check attend exactement un fichier d’espace de travail (voir cxatlas check --help).</translation>
    </message>
    <message>
        <source>The workspace to open.</source>
        <translation>L’espace de travail à ouvrir.</translation>
    </message>
    <message>
        <source>a Mermaid journey diagram holds one journey: choose it with --journey (this workspace has %1).</source>
        <translation>un diagramme de parcours Mermaid contient un seul parcours&#xa0;: choisissez-le avec --journey (cet espace de travail en a %1).</translation>
    </message>
    <message>
        <source>--dpi takes a whole number, not “%1”.</source>
        <translation>--dpi attend un nombre entier, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>vector PDF of journeys, personas and the architecture</source>
        <translation>PDF vectoriel des parcours, des personas et de l’architecture</translation>
    </message>
    <message>
        <source>workspace JSON, version 1 (the interchange format; cxatlas import reads it)</source>
        <translation>JSON d’espace de travail, version 1 (le format d’échange&#x202f;; cxatlas import le lit)</translation>
    </message>
    <message>
        <source>SVG of a journey or of the architecture view</source>
        <translation>SVG d’un parcours ou de la vue architecture</translation>
    </message>
    <message>
        <source>PNG of a journey or of the architecture view</source>
        <translation>PNG d’un parcours ou de la vue architecture</translation>
    </message>
    <message>
        <source>GraphML of the architecture graph (kinds and titles as attributes)</source>
        <translation>GraphML du graphe d’architecture (types et titres en attributs)</translation>
    </message>
    <message>
        <source>Graphviz DOT of the architecture graph</source>
        <translation>Graphviz DOT du graphe d’architecture</translation>
    </message>
    <message>
        <source>Mermaid journey diagram of one journey (cxatlas import reads it back)</source>
        <translation>diagramme de parcours Mermaid d’un parcours (cxatlas import le relit)</translation>
    </message>
    <message>
        <source>CSV of moments, one row each (RFC 4180)</source>
        <translation>CSV des moments, une ligne chacun (RFC 4180)</translation>
    </message>
    <message>
        <source>CSV of the ended voting rounds&apos; results, one row per round and moment with dots (RFC 4180; only the header when no round has ended)</source>
        <translation>CSV des résultats des tours de vote clos, une ligne par tour et par moment ayant des gommettes (RFC 4180&#x202f;; seulement l’en-tête si aucun tour n’est clos)</translation>
    </message>
    <message>
        <source> (not available in this build)</source>
        <translation> (non disponible dans cette version)</translation>
    </message>
    <message>
        <source>Exports a workspace, or one journey of it, to another format. Never changes the workspace. Formats:</source>
        <translation>Exporte un espace de travail, ou l’un de ses parcours, vers un autre format. Ne modifie jamais l’espace de travail. Formats&#xa0;:</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>Le format&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Le fichier à écrire (remplacé s’il existe).</translation>
    </message>
    <message>
        <source>Export only this journey (its id or its title) and what it needs.</source>
        <translation>N’exporter que ce parcours (son id ou son titre) et ce dont il a besoin.</translation>
    </message>
    <message>
        <source>pdf: A4 (default), A3, Letter or Tabloid.</source>
        <translation>pdf&#xa0;: A4 (par défaut), A3, Letter ou Tabloid.</translation>
    </message>
    <message>
        <source>pdf: landscape (default) or portrait.</source>
        <translation>pdf&#xa0;: landscape (paysage, par défaut) ou portrait.</translation>
    </message>
    <message>
        <source>pdf: fit each journey on one page (default) or tile it across pages.</source>
        <translation>pdf&#xa0;: fit, chaque parcours sur une page (par défaut), ou tile, en mosaïque sur plusieurs pages.</translation>
    </message>
    <message>
        <source>pdf, svg: the document&apos;s title (default: the workspace&apos;s).</source>
        <translation>pdf, svg&#xa0;: le titre du document (par défaut&#xa0;: celui de l’espace de travail).</translation>
    </message>
    <message>
        <source>pdf: the author in the document&apos;s metadata.</source>
        <translation>pdf&#xa0;: l’auteur dans les métadonnées du document.</translation>
    </message>
    <message>
        <source>svg, png: the journey map (default) or the architecture.</source>
        <translation>svg, png&#xa0;: la carte du parcours (par défaut) ou l’architecture.</translation>
    </message>
    <message>
        <source>png: the resolution, 96 (default) is one pixel per layout unit.</source>
        <translation>png&#xa0;: la résolution&#x202f;; 96 (par défaut) donne un pixel par unité de mise en page.</translation>
    </message>
    <message>
        <source>pdf: the parts to print, separated by commas: %1 (default: all).</source>
        <translation>pdf&#xa0;: les parties à imprimer, séparées par des virgules&#xa0;: %1 (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>export needs one workspace file, --format NAME and -o OUT (see cxatlas export --help).</source>
        <translation>export attend un fichier d’espace de travail, --format NAME et -o OUT (voir cxatlas export --help).</translation>
    </message>
    <message>
        <source>unknown format “%1”; use one of: %2.</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#x202f;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the %1 export is not available in this build.</source>
        <translation>l’export %1 n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Prints every moment, journey and persona that depends on an element (or the moments a metric measures and the metrics it drives), transitively, moments that matter first, each with the chain of links that makes it depend. Never changes the file.

Exit status: 0 on success, 2 on any error (also when ELEMENT names nothing, or several records: then the candidates are listed).</source>
        <translation>Affiche chaque moment, parcours et persona qui dépend d’un élément (ou les moments qu’un indicateur mesure et les indicateurs qu’il influence), de façon transitive, les moments de vérité d’abord, chacun avec la chaîne de liens qui crée la dépendance. Ne modifie jamais le fichier.

Code de sortie&#xa0;: 0 en cas de succès, 2 en cas d’erreur (y compris quand ELEMENT ne désigne rien, ou plusieurs enregistrements&#xa0;: les candidats sont alors listés).</translation>
    </message>
    <message>
        <source>An element or metric: its id, or its exact title (case is ignored).</source>
        <translation>Un élément ou un indicateur&#xa0;: son id, ou son titre exact (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>impact needs a workspace file and an element (see cxatlas impact --help).</source>
        <translation>impact attend un fichier d’espace de travail et un élément (voir cxatlas impact --help).</translation>
    </message>
    <message>
        <source>%1: no element or metric has the id or title “%2”.</source>
        <translation>%1&#xa0;: aucun élément ni indicateur n’a l’id ou le titre «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: “%2” names %3 records; give one of their ids:%4</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» désigne %3 enregistrements&#x202f;; indiquez l’un de leurs ids&#xa0;:%4</translation>
    </message>
    <message>
        <source>Makes a new workspace from a workspace JSON file (format: resources/examples/FORMAT.md) or a Mermaid journey diagram (.mmd, .mermaid), or with --into merges it into an existing workspace: ids are kept, records already there with the same content are left alone, conflicts are listed. All or nothing: on any error no file is written or changed.</source>
        <translation>Crée un espace de travail à partir d’un fichier JSON d’espace de travail (format&#xa0;: resources/examples/FORMAT.md) ou d’un diagramme de parcours Mermaid (.mmd, .mermaid), ou, avec --into, le fusionne dans un espace de travail existant&#xa0;: les ids sont conservés, les enregistrements déjà présents avec le même contenu restent inchangés, les conflits sont listés. Tout ou rien&#xa0;: en cas d’erreur, aucun fichier n’est écrit ni modifié.</translation>
    </message>
    <message>
        <source>The workspace to write.</source>
        <translation>L’espace de travail à écrire.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FILE s’il existe.</translation>
    </message>
    <message>
        <source>Merge into this existing workspace (one transaction, one undo step).</source>
        <translation>Fusionner dans cet espace de travail existant (une transaction, une étape d’annulation).</translation>
    </message>
    <message>
        <source>The file to read: workspace JSON, or a Mermaid journey diagram (by its name, .mmd or .mermaid, or its first line).</source>
        <translation>Le fichier à lire&#xa0;: un JSON d’espace de travail, ou un diagramme de parcours Mermaid (reconnu à son nom, .mmd ou .mermaid, ou à sa première ligne).</translation>
    </message>
    <message>
        <source>import needs one input file and -o FILE (a new workspace) or --into FILE (a merge); see cxatlas import --help.</source>
        <translation>import attend un fichier d’entrée et -o FILE (un nouvel espace de travail) ou --into FILE (une fusion)&#x202f;; voir cxatlas import --help.</translation>
    </message>
    <message>
        <source>Prints what a workspace holds: its file format version, the number of each kind of record, and each journey with its stages and moments. Checks the file&apos;s integrity on the way. Never changes the file.</source>
        <translation>Affiche ce que contient un espace de travail&#xa0;: la version de son format de fichier, le nombre d’enregistrements de chaque type, et chaque parcours avec ses étapes et ses moments. Vérifie au passage l’intégrité du fichier. Ne modifie jamais le fichier.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>info needs exactly one workspace file (see cxatlas info --help).</source>
        <translation>info attend exactement un fichier d’espace de travail (voir cxatlas info --help).</translation>
    </message>
    <message>
        <source>Prints every metric with its latest value, its 95% interval and sample size where the values come from survey responses, its target, status (on track, at risk, off track) and trend, its values per period, and the correlation of its values with those of the metrics that drive it (a correlation, not a cause; none with fewer than 6 common periods). Never changes the file.

Exit status: 0 on success, 2 on any error.</source>
        <translation>Affiche chaque indicateur avec sa dernière valeur, son intervalle à 95 % et la taille de l’échantillon quand les valeurs viennent de réponses à l’enquête, sa cible, son statut (dans les temps, à risque, hors cible) et sa tendance, ses valeurs par période, et la corrélation de ses valeurs avec celles des indicateurs qui l’influencent (une corrélation, pas une causalité&#x202f;; aucune en dessous de 6 périodes communes). Ne modifie jamais le fichier.

Code de sortie&#xa0;: 0 en cas de succès, 2 en cas d’erreur.</translation>
    </message>
    <message>
        <source>The periods to compute values for: week (ISO weeks), month (default) or quarter.</source>
        <translation>Les périodes pour lesquelles calculer les valeurs&#xa0;: week (semaines ISO), month (par défaut) ou quarter.</translation>
    </message>
    <message>
        <source>metrics needs a workspace file (see cxatlas metrics --help).</source>
        <translation>metrics attend un fichier d’espace de travail (voir cxatlas metrics --help).</translation>
    </message>
    <message>
        <source>--period must be week, month or quarter, not “%1”.</source>
        <translation>--period doit valoir week, month ou quarter, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Imports survey responses from a CSV or TSV file (comma, semicolon or tab separated, UTF-8) into a metric of the workspace, as one undo step. Every row is checked first: bad rows (a missing or unreadable date, a score that is not a number or lies outside the scale, an unknown moment) are listed by line and reason, and nothing is written unless --skip-bad-rows is given. COL is a column&apos;s header or its number (1 is the first).

Exit status: 0 on success, 2 on any error.</source>
        <translation>Importe des réponses à l’enquête depuis un fichier CSV ou TSV (séparateur virgule, point-virgule ou tabulation, UTF-8) dans un indicateur de l’espace de travail, en une seule étape d’annulation. Chaque ligne est d’abord vérifiée&#xa0;: les lignes erronées (date manquante ou illisible, score non numérique ou hors de l’échelle, moment inconnu) sont listées avec leur numéro et la raison, et rien n’est écrit sans --skip-bad-rows. COL est l’en-tête d’une colonne ou son numéro (1 pour la première).

Code de sortie&#xa0;: 0 en cas de succès, 2 en cas d’erreur.</translation>
    </message>
    <message>
        <source>The metric: its id or exact title (case ignored).</source>
        <translation>L’indicateur&#xa0;: son id ou son titre exact (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>The column of the response&apos;s date.</source>
        <translation>La colonne de la date de la réponse.</translation>
    </message>
    <message>
        <source>The column of the score.</source>
        <translation>La colonne du score.</translation>
    </message>
    <message>
        <source>The column naming the moment a response is about (its id or title).</source>
        <translation>La colonne qui nomme le moment concerné par une réponse (son id ou son titre).</translation>
    </message>
    <message>
        <source>The column of the respondent&apos;s segment.</source>
        <translation>La colonne du segment du répondant.</translation>
    </message>
    <message>
        <source>The answer scale: nps (0–10), csat (1–5), ces5 (1–5), ces7 (1–7) or custom (with --range). Default: the scale of the metric&apos;s earlier imports, else the one its kind uses.</source>
        <translation>L’échelle de réponse&#xa0;: nps (0–10), csat (1–5), ces5 (1–5), ces7 (1–7) ou custom (avec --range). Par défaut&#xa0;: l’échelle des imports précédents de l’indicateur, sinon celle de son type.</translation>
    </message>
    <message>
        <source>The lowest and highest score of a custom scale.</source>
        <translation>Le score minimal et le score maximal d’une échelle personnalisée.</translation>
    </message>
    <message>
        <source>Import the good rows and skip the bad ones (still listed).</source>
        <translation>Importer les lignes valides et ignorer les lignes erronées (toujours listées).</translation>
    </message>
    <message>
        <source>The CSV or TSV file of responses.</source>
        <translation>Le fichier CSV ou TSV de réponses.</translation>
    </message>
    <message>
        <source>responses import needs a workspace, a CSV file, --metric, --date and --score; see cxatlas responses import --help.</source>
        <translation>responses import attend un espace de travail, un fichier CSV, --metric, --date et --score&#x202f;; voir cxatlas responses import --help.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--scale must be nps, csat, ces5, ces7 or custom, not “%1”.</source>
        <translation>--scale doit valoir nps, csat, ces5, ces7 ou custom, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--range must be two numbers LOW:HIGH with LOW below HIGH, not “%1”.</source>
        <translation>--range doit contenir deux nombres LOW:HIGH, LOW étant inférieur à HIGH, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--range is for a custom scale; the %1 scale&apos;s range is fixed.</source>
        <extracomment>%1: the scale as given to --scale (nps, csat, ces5, ces7), not translated</extracomment>
        <translation>--range est réservé à une échelle personnalisée&#x202f;; la plage de l’échelle %1 est fixe.</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (--%3); its columns are: %4.</source>
        <translation>%1 n’a pas de colonne «&#xa0;%2&#xa0;» (--%3)&#x202f;; ses colonnes sont&#xa0;: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad row(s) of %2; nothing was imported (fix them, or give --skip-bad-rows).</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne erronée sur %2&#x202f;; rien n’a été importé (corrigez-la, ou indiquez --skip-bad-rows).</numerusform>
            <numerusform>%1&#xa0;: %n lignes erronées sur %2&#x202f;; rien n’a été importé (corrigez-les, ou indiquez --skip-bad-rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) from %1 into “%2” (%3 scale)</source>
        <extracomment>%1: a file; %2: a metric; %3: the scale as --scale names it (nps, csat, ces5, ces7, custom), not translated</extracomment>
        <translation>
            <numerusform>%n réponse importée de %1 dans «&#xa0;%2&#xa0;» (échelle %3)</numerusform>
            <numerusform>%n réponses importées de %1 dans «&#xa0;%2&#xa0;» (échelle %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n bad row(s) skipped</source>
        <translation>
            <numerusform>&#x202f;; %n ligne erronée ignorée</numerusform>
            <numerusform>&#x202f;; %n lignes erronées ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the imports of survey responses each metric holds: the source file, when it was imported, its scale and how many responses. Never changes the file.</source>
        <translation>Liste les imports de réponses à l’enquête de chaque indicateur&#xa0;: le fichier source, la date d’import, l’échelle et le nombre de réponses. Ne modifie jamais le fichier.</translation>
    </message>
    <message>
        <source>responses list needs a workspace file (see cxatlas responses list --help).</source>
        <translation>responses list attend un fichier d’espace de travail (voir cxatlas responses list --help).</translation>
    </message>
    <message numerus="yes">
        <source>%1  “%2”: %3, imported %4, %5 scale, %n response(s)
</source>
        <extracomment>%5: the scale as --scale names it (nps, csat, ces5, ces7, custom), not translated</extracomment>
        <translation>
            <numerusform>%1  «&#xa0;%2&#xa0;»&#xa0;: %3, importé le %4, échelle %5, %n réponse
</numerusform>
            <numerusform>%1  «&#xa0;%2&#xa0;»&#xa0;: %3, importé le %4, échelle %5, %n réponses
</numerusform>
        </translation>
    </message>
    <message>
        <source>No metric holds survey responses.
</source>
        <translation>Aucun indicateur ne contient de réponses à l’enquête.
</translation>
    </message>
    <message>
        <source>Usage:
  cxatlas responses import FILE CSV --metric ID|TITLE --date COL --score COL
        [--moment COL] [--segment COL] [--scale NAME] [--range LOW:HIGH] [--skip-bad-rows]
  cxatlas responses list FILE [--json]
See cxatlas responses import --help.
</source>
        <translation>Usage&#xa0;:
  cxatlas responses import FILE CSV --metric ID|TITLE --date COL --score COL
        [--moment COL] [--segment COL] [--scale NAME] [--range LOW:HIGH] [--skip-bad-rows]
  cxatlas responses list FILE [--json]
Voir cxatlas responses import --help.
</translation>
    </message>
    <message>
        <source>responses needs an action, import or list, not “%1” (see cxatlas responses --help).</source>
        <translation>responses attend une action, import ou list, pas «&#xa0;%1&#xa0;» (voir cxatlas responses --help).</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: “%1” uses the older file format %2; it was read through a copy upgraded to %3 and is unchanged.</source>
        <translation>remarque&#xa0;: «&#xa0;%1&#xa0;» utilise l’ancien format de fichier %2&#x202f;; il a été lu via une copie mise à niveau au format %3 et reste inchangé.</translation>
    </message>
    <message>
        <source>note: “%1” was upgraded from file format %2 to %3; the file as it was is kept as “%4”.</source>
        <translation>remarque&#xa0;: «&#xa0;%1&#xa0;» a été mis à niveau du format de fichier %2 au format %3&#x202f;; le fichier d’origine est conservé sous «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>open one workspace at a time.</source>
        <translation>ouvrez un seul espace de travail à la fois.</translation>
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
        <translation>Personas, cartes des parcours et l’architecture CX qui les sous-tend.

Usage&#xa0;:
  cxatlas [FILE]                      ouvre FILE (un espace de travail .cxatlas) dans la fenêtre
  cxatlas info FILE [--json]          ce que contient un espace de travail
  cxatlas import IN.json -o FILE      crée un espace de travail à partir d’un JSON d’espace de travail
  cxatlas import IN.json --into FILE  fusionne un JSON d’espace de travail dans un espace de travail
  cxatlas export FILE --format NAME -o OUT  exporte (json, csv, graphml, dot, mermaid…)
  cxatlas check FILE [--json]         lacunes de l’architecture CX (code 1 s’il y en a)
  cxatlas impact FILE ELEMENT [--json]  ce qui dépend d’un élément ou d’un indicateur
  cxatlas metrics FILE [--json] [--period week|month|quarter]  indicateurs dans le temps
  cxatlas responses import FILE CSV --metric M --date COL --score COL  réponses à l’enquête
  cxatlas responses list FILE [--json]  les réponses à l’enquête de chaque indicateur
  cxatlas push FILE URL [--name NAME]  envoie un espace de travail sur un serveur d’équipe
  cxatlas pull URL/NAME -o FILE       télécharge un espace de travail d’équipe dans un fichier
  cxatlas server migrate|list URL     prépare un serveur d’équipe&#x202f;; ses espaces de travail
  cxatlas server members|grant|revoke URL/NAME …  qui peut lire et modifier
  cxatlas VERB --help                 aide sur un verbe

Les verbes en lecture seule (info, export, check, impact, metrics) acceptent aussi, au lieu de FILE,
l’URL d’un espace de travail d’équipe, postgresql://USER@HOST:PORT/DATABASE/NAME.

Code de sortie&#xa0;: 0 en cas de succès, 2 en cas d’erreur (le message va sur la sortie d’erreur standard)&#x202f;;
check renvoie 1 s’il trouve des lacunes.</translation>
    </message>
    <message>
        <source>%1 names no workspace: add /WORKSPACE after the database.</source>
        <translation>%1 n’indique aucun espace de travail&#xa0;: ajoutez /WORKSPACE après la base de données.</translation>
    </message>
    <message>
        <source>The server is up to date (server format %1).
</source>
        <translation>Le serveur est à jour (format de serveur %1).
</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s); the server is at format %1.
</source>
        <translation>
            <numerusform>%n migration appliquée&#x202f;; le serveur est au format %1.
</numerusform>
            <numerusform>%n migrations appliquées&#x202f;; le serveur est au format %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has no workspace “%1” that %2 may open.</source>
        <translation>Le serveur n’a aucun espace de travail «&#xa0;%1&#xa0;» que %2 puisse ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is not an access level: use viewer, editor or owner.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un niveau d’accès&#xa0;: utilisez viewer, editor ou owner.</translation>
    </message>
    <message>
        <source>%1 is now %2 of “%3”.
</source>
        <translation>%1 a désormais l’accès %2 à «&#xa0;%3&#xa0;».
</translation>
    </message>
    <message>
        <source>%1 is not a member of “%2” (or only its owners may change members).</source>
        <translation>%1 n’est pas membre de «&#xa0;%2&#xa0;» (ou seuls ses propriétaires peuvent modifier les membres).</translation>
    </message>
    <message>
        <source>%1 is no longer a member of “%2”.
</source>
        <translation>%1 n’est plus membre de «&#xa0;%2&#xa0;».
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
        <translation>Espaces de travail d’équipe sur un serveur PostgreSQL.
  server migrate URL                     crée ou met à niveau les tables du serveur (un administrateur)
  server list URL                        les espaces de travail que vous pouvez ouvrir, avec votre accès
  server members URL/NAME                les membres d’un espace de travail et leur accès
  server grant URL/NAME ROLE ACCESS      donne à un rôle l’accès viewer, editor ou owner (propriétaires seulement)
  server revoke URL/NAME ROLE            retire un membre (propriétaires seulement)
URL&#xa0;: postgresql://USER@HOST:PORT/DATABASE[?sslmode=require…]. Le mot de passe provient de PGPASSWORD ou de ~/.pgpass, jamais de l’URL. Les nouveaux utilisateurs ont besoin d’un rôle de connexion dans le groupe cxatlas_user&#xa0;: CREATE ROLE alice LOGIN PASSWORD &apos;…&apos; IN ROLE cxatlas_user.</translation>
    </message>
    <message>
        <source>migrate, list, members, grant or revoke.</source>
        <translation>migrate, list, members, grant ou revoke.</translation>
    </message>
    <message>
        <source>The server (and workspace) address.</source>
        <translation>L’adresse du serveur (et de l’espace de travail).</translation>
    </message>
    <message>
        <source>usage: cxatlas server migrate|list URL, server members URL/NAME, server grant URL/NAME ROLE viewer|editor|owner, server revoke URL/NAME ROLE; see cxatlas server --help.</source>
        <translation>usage&#xa0;: cxatlas server migrate|list URL, server members URL/NAME, server grant URL/NAME ROLE viewer|editor|owner, server revoke URL/NAME ROLE&#x202f;; voir cxatlas server --help.</translation>
    </message>
    <message>
        <source>Uploads a workspace file to a team server as a new workspace, ids kept, in one transaction; you become its owner. The file is not changed.</source>
        <translation>Envoie un fichier d’espace de travail sur un serveur d’équipe en tant que nouvel espace de travail, ids conservés, en une seule transaction&#x202f;; vous en devenez le propriétaire. Le fichier n’est pas modifié.</translation>
    </message>
    <message>
        <source>The workspace&apos;s name on the server (default: the file&apos;s name).</source>
        <translation>Le nom de l’espace de travail sur le serveur (par défaut&#xa0;: le nom du fichier).</translation>
    </message>
    <message>
        <source>The workspace file to upload.</source>
        <translation>Le fichier d’espace de travail à envoyer.</translation>
    </message>
    <message>
        <source>The server: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Le serveur&#xa0;: postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>push needs a workspace file and a server URL; see cxatlas push --help.</source>
        <translation>push attend un fichier d’espace de travail et une URL de serveur&#x202f;; voir cxatlas push --help.</translation>
    </message>
    <message>
        <source>Uploaded “%1” as %2
</source>
        <translation>«&#xa0;%1&#xa0;» envoyé sous %2
</translation>
    </message>
    <message>
        <source>Downloads a team workspace to a new workspace file, ids kept. All or nothing: on any error no file is written.</source>
        <translation>Télécharge un espace de travail d’équipe dans un nouveau fichier d’espace de travail, ids conservés. Tout ou rien&#xa0;: en cas d’erreur, aucun fichier n’est écrit.</translation>
    </message>
    <message>
        <source>The workspace file to write.</source>
        <translation>Le fichier d’espace de travail à écrire.</translation>
    </message>
    <message>
        <source>The workspace: postgresql://USER@HOST:PORT/DATABASE/NAME.</source>
        <translation>L’espace de travail&#xa0;: postgresql://USER@HOST:PORT/DATABASE/NAME.</translation>
    </message>
    <message>
        <source>pull needs a workspace URL and -o FILE; see cxatlas pull --help.</source>
        <translation>pull attend une URL d’espace de travail et -o FILE&#x202f;; voir cxatlas pull --help.</translation>
    </message>
</context>
</TS>
