<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>No gaps</source>
        <translation>Sin brechas</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n brecha</numerusform>
            <numerusform>%n brechas</numerusform>
        </translation>
    </message>
    <message>
        <source>Every moment that matters is measured, owned and supported backstage; every element is linked; every metric leads to a strategic one.</source>
        <translation>Todos los momentos de la verdad están medidos, tienen responsable y cuentan con soporte en el back-office; todos los elementos están vinculados; todas las métricas llevan a una estratégica.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Score: impact × the value of the moments it improves ÷ effort.</source>
        <translation>Puntuación: impacto × valor de los momentos que mejora ÷ esfuerzo.</translation>
    </message>
    <message>
        <source>No opportunities yet.</source>
        <translation>Aún no hay oportunidades.</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, puntuación %2</translation>
    </message>
    <message numerus="yes">
        <source>impact %1 · effort %2 · %n moment(s)</source>
        <translation>
            <numerusform>impacto %1 · esfuerzo %2 · %n momento</numerusform>
            <numerusform>impacto %1 · esfuerzo %2 · %n momentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Systems and processes by value</source>
        <translation>Sistemas y procesos por valor</translation>
    </message>
    <message>
        <source>Value: the importance of every moment that depends on it, moments that matter counted twice. Ties go to the one more chains pass through.</source>
        <translation>Valor: la importancia de cada momento que depende de él; los momentos de la verdad cuentan el doble. En caso de empate, gana aquel por el que pasan más cadenas.</translation>
    </message>
    <message>
        <source>No systems or processes yet.</source>
        <translation>Aún no hay sistemas ni procesos.</translation>
    </message>
    <message>
        <source>%1, value %2</source>
        <translation>%1, valor %2</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n momento</numerusform>
            <numerusform>%n momentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n that matter</source>
        <translation>
            <numerusform>, %n de la verdad</numerusform>
            <numerusform>, %n de la verdad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchitectureInspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Select a box to light up its chain and see its details. Drag from one box onto another to link them.</source>
        <translation>Seleccione un cuadro para resaltar su cadena y ver sus detalles. Arrastre de un cuadro a otro para vincularlos.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>Quién responde de ello</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Metric kind</source>
        <translation>Tipo de métrica</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Metric level</source>
        <translation>Nivel de la métrica</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Mejor si es</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>customer voice</source>
        <translation>voz del cliente</translation>
    </message>
    <message>
        <source>research</source>
        <translation>investigación</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analítica</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>competencia</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Study, survey, report…</source>
        <translation>Estudio, encuesta, informe…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Impact, 1 to 5</source>
        <translation>Impacto, de 1 a 5</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Effort, 1 to 5</source>
        <translation>Esfuerzo, de 1 a 5</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>Its chain up and down holds %n item(s).</source>
        <translation>
            <numerusform>Su cadena hacia arriba y hacia abajo contiene %n elemento.</numerusform>
            <numerusform>Su cadena hacia arriba y hacia abajo contiene %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact…</source>
        <translation>Impacto…</translation>
    </message>
    <message>
        <source>Show what depends on %1</source>
        <translation>Mostrar lo que depende de %1</translation>
    </message>
    <message>
        <source>Edit the moment itself on the journey map.</source>
        <translation>Edite el momento en el mapa del recorrido.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>ArchitecturePage</name>
    <message>
        <source>All journeys</source>
        <translation>Todos los recorridos</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Moments that matter only</source>
        <translation>Solo momentos de la verdad</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ Añadir</translation>
    </message>
    <message>
        <source>Add an element, a metric, an insight or an opportunity</source>
        <translation>Añadir un elemento, una métrica, un hallazgo o una oportunidad</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom %1 percent</source>
        <translation>Zoom al %1 por ciento</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Ajustar la imagen a la ventana</translation>
    </message>
    <message>
        <source>CX architecture</source>
        <translation>Arquitectura CX</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Línea de visibilidad</translation>
    </message>
    <message>
        <source>Insights and opportunities</source>
        <translation>Hallazgos y oportunidades</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Nothing here matches the filters.</source>
        <translation>Nada coincide con los filtros.</translation>
    </message>
    <message>
        <source>No moments, elements or metrics yet. Add a story, a service or a system with + Element.</source>
        <translation>Aún no hay momentos, elementos ni métricas. Añada una historia, un servicio o un sistema con + Añadir.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Journey map %1</source>
        <translation>Mapa del recorrido %1</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Línea de visibilidad</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n momento</numerusform>
            <numerusform>%n momentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurveLegend</name>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>No persona yet</source>
        <translation>Aún no hay personas</translation>
    </message>
    <message>
        <source>Show the curve of %1</source>
        <translation>Mostrar la curva de %1</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparar con…</translation>
    </message>
    <message>
        <source>Compare with another journey&apos;s curve</source>
        <translation>Comparar con la curva de otro recorrido</translation>
    </message>
</context>
<context>
    <name>EmotionCurves</name>
    <message>
        <source>Emotion of %1 for %2: %3</source>
        <translation>Emoción en %1 para %2: %3</translation>
    </message>
</context>
<context>
    <name>EndRoundDialog</name>
    <message>
        <source>End “%1”?</source>
        <translation>¿Terminar «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) cast. Once the round ends its votes can no longer change; Edit &gt; Undo reopens it.</source>
        <translation>
            <numerusform>%n punto emitido. Una vez terminada la ronda, sus votos ya no pueden cambiar; Edición &gt; Deshacer la reabre.</numerusform>
            <numerusform>%n puntos emitidos. Una vez terminada la ronda, sus votos ya no pueden cambiar; Edición &gt; Deshacer la reabre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Evidence %1, source</source>
        <translation>Evidencia %1, fuente</translation>
    </message>
    <message>
        <source>Evidence %1, kind</source>
        <translation>Evidencia %1, tipo</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>Evidence %1, date</source>
        <translation>Evidencia %1, fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Evidence %1, note</source>
        <translation>Evidencia %1, nota</translation>
    </message>
    <message>
        <source>Move evidence %1 up</source>
        <translation>Subir la evidencia %1</translation>
    </message>
    <message>
        <source>Move evidence %1 down</source>
        <translation>Bajar la evidencia %1</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>Quitar la evidencia %1</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <source>Add an evidence source</source>
        <translation>Añadir una fuente de evidencia</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Workspace JSON (*.json)</source>
        <translation>JSON del espacio de trabajo (*.json)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd)</source>
        <translation>Diagramas Mermaid (*.mmd)</translation>
    </message>
    <message>
        <source>GraphML graphs (*.graphml)</source>
        <translation>Grafos GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Graphviz DOT graphs (*.dot)</source>
        <translation>Grafos DOT de Graphviz (*.dot)</translation>
    </message>
    <message numerus="yes">
        <source>First page of %n</source>
        <translation>
            <numerusform>Primera página de %n</numerusform>
            <numerusform>Primera página de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The start of the file</source>
        <translation>El principio del archivo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>ExportOptionsPanel</name>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>To print or show</source>
        <translation>Para imprimir o mostrar</translation>
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
        <translation>Para otras herramientas</translation>
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
        <translation>CSV de votos</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Todos los recorridos</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Todo el espacio de trabajo</translation>
    </message>
    <message>
        <source>First journey</source>
        <translation>Primer recorrido</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <source>Fit each on one page</source>
        <translation>Ajustar cada uno a una página</translation>
    </message>
    <message>
        <source>Tile across pages</source>
        <translation>Repartir en varias páginas</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Cover with contents</source>
        <translation>Portada con índice</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Mapas de recorrido</translation>
    </message>
    <message>
        <source>A sheet per persona</source>
        <translation>Una ficha por persona</translation>
    </message>
    <message>
        <source>Architecture diagram</source>
        <translation>Diagrama de arquitectura</translation>
    </message>
    <message>
        <source>Workshop results</source>
        <translation>Resultados del taller</translation>
    </message>
    <message>
        <source>Metrics: hierarchy, trends and drivers</source>
        <translation>Métricas: jerarquía, tendencias e impulsores</translation>
    </message>
    <message>
        <source>Gaps and metrics</source>
        <translation>Brechas y métricas</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mapa del recorrido</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation>Resolución (ppp)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No moments match “%1”.</source>
        <translation>Ningún momento coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) found.</source>
        <translation>
            <numerusform>Se encontró %n momento.</numerusform>
            <numerusform>Se encontraron %n momentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find moments</source>
        <translation>Buscar momentos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>Workspace JSON, Mermaid journeys or survey responses (*.json *.mmd *.mermaid *.csv *.tsv *.txt)</source>
        <translation>JSON del espacio de trabajo, recorridos Mermaid o respuestas de encuesta (*.json *.mmd *.mermaid *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Workspace JSON (*.json)</source>
        <translation>JSON del espacio de trabajo (*.json)</translation>
    </message>
    <message>
        <source>Mermaid journey diagrams (*.mmd *.mermaid)</source>
        <translation>Diagramas de recorrido Mermaid (*.mmd *.mermaid)</translation>
    </message>
    <message>
        <source>Survey responses (*.csv *.tsv *.txt)</source>
        <translation>Respuestas de encuesta (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose workspace JSON (.json) or a Mermaid journey diagram (.mmd) to see what it holds before anything is imported.</source>
        <translation>Elija un JSON de espacio de trabajo (.json) o un diagrama de recorrido Mermaid (.mmd) para ver su contenido antes de importar nada.</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importar en</translation>
    </message>
    <message>
        <source>The open workspace, “%1” (one step you can undo)</source>
        <translation>El espacio de trabajo abierto, «%1» (un solo paso que se puede deshacer)</translation>
    </message>
    <message>
        <source>The open workspace (it is read-only)</source>
        <translation>El espacio de trabajo abierto (es de solo lectura)</translation>
    </message>
    <message>
        <source>The open workspace (none is open)</source>
        <translation>El espacio de trabajo abierto (no hay ninguno abierto)</translation>
    </message>
    <message>
        <source>A new workspace named after “%1”</source>
        <translation>Un espacio de trabajo nuevo con el nombre de «%1»</translation>
    </message>
    <message>
        <source>A new workspace named after the file</source>
        <translation>Un espacio de trabajo nuevo con el nombre del archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n momento</numerusform>
            <numerusform>%n momentos</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be merged into the open workspace; these records conflict with it:</source>
        <translation>No se puede fusionar con el espacio de trabajo abierto; estos registros entran en conflicto con él:</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite Participants</source>
        <translation>Invitar participantes</translation>
    </message>
    <message>
        <source>Participants join from the browser of their phone or laptop, on the same network as this computer: no app, no account.</source>
        <translation>Los participantes se unen desde el navegador de su teléfono o portátil, en la misma red que este equipo: sin aplicación, sin cuenta.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Network participants are on</source>
        <translation>Red de los participantes</translation>
    </message>
    <message>
        <source>They see this journey&apos;s current stage and its moments, the voting round and the timer, and can vote and park notes. Nothing else of the workspace is shared. The session stops when you stop it, close the workspace or quit CX Atlas.</source>
        <translation>Ven la etapa actual de este recorrido y sus momentos, la ronda de votación y el temporizador, y pueden votar y aparcar notas. No se comparte nada más del espacio de trabajo. La sesión termina cuando usted la detiene, cierra el espacio de trabajo o sale de CX Atlas.</translation>
    </message>
    <message>
        <source>QR code of the join address %1</source>
        <translation>Código QR de la dirección para unirse %1</translation>
    </message>
    <message>
        <source>Scan the code, or open this address:</source>
        <translation>Escanee el código o abra esta dirección:</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Dirección para unirse</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the join address</source>
        <translation>Copiar la dirección para unirse</translation>
    </message>
    <message>
        <source>Network: %1. The address works until the session stops.</source>
        <translation>Red: %1. La dirección funciona hasta que termine la sesión.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Show on Projector</source>
        <translation>Mostrar en el proyector</translation>
    </message>
    <message>
        <source>Stop Session</source>
        <translation>Detener la sesión</translation>
    </message>
</context>
<context>
    <name>JoinSlide</name>
    <message>
        <source>Join the workshop</source>
        <translation>Unirse al taller</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Únase desde su teléfono</translation>
    </message>
    <message>
        <source>QR code of the join address %1</source>
        <translation>Código QR de la dirección para unirse %1</translation>
    </message>
</context>
<context>
    <name>JourneysPage</name>
    <message>
        <source> (future state)</source>
        <translation> (estado futuro)</translation>
    </message>
    <message>
        <source>No journey</source>
        <translation>Ningún recorrido</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nuevo recorrido</translation>
    </message>
    <message>
        <source>+ Stage</source>
        <translation>+ Etapa</translation>
    </message>
    <message>
        <source>+ Lane</source>
        <translation>+ Carril</translation>
    </message>
    <message>
        <source>Moments that matter</source>
        <translation>Momentos de la verdad</translation>
    </message>
    <message>
        <source>Dim every other moment</source>
        <translation>Atenuar los demás momentos</translation>
    </message>
    <message>
        <source>Workshop ▾</source>
        <translation>Taller ▾</translation>
    </message>
    <message>
        <source>Start a voting round…</source>
        <translation>Iniciar una ronda de votación…</translation>
    </message>
    <message>
        <source>End the voting round…</source>
        <translation>Terminar la ronda de votación…</translation>
    </message>
    <message>
        <source>Round results…</source>
        <translation>Resultados de la ronda…</translation>
    </message>
    <message>
        <source>Park a note	P</source>
        <translation>Aparcar una nota	P</translation>
    </message>
    <message>
        <source>Show the parking lot</source>
        <translation>Mostrar el aparcamiento de ideas</translation>
    </message>
    <message>
        <source>View ▾</source>
        <translation>Ver ▾</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>Minimapa</translation>
    </message>
    <message>
        <source>Show the overview in a corner of the map that has no cards</source>
        <translation>Mostrar la vista general en una esquina del mapa sin tarjetas</translation>
    </message>
    <message>
        <source>Metrics on the cards</source>
        <translation>Métricas en las tarjetas</translation>
    </message>
    <message>
        <source>A small line of each measuring metric&apos;s last twelve months</source>
        <translation>Una minigráfica con los últimos doce meses de cada métrica que mide el momento</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom %1 percent</source>
        <translation>Zoom al %1 por ciento</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Ajustar el mapa a la ventana</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Show this journey full screen for a workshop (F5)</source>
        <translation>Mostrar este recorrido a pantalla completa para un taller (F5)</translation>
    </message>
    <message>
        <source>This workspace has no journeys yet.</source>
        <translation>Este espacio de trabajo aún no tiene recorridos.</translation>
    </message>
    <message>
        <source>Add a journey</source>
        <translation>Añadir un recorrido</translation>
    </message>
    <message>
        <source>Invite Participants…</source>
        <translation>Invitar participantes…</translation>
    </message>
</context>
<context>
    <name>LaneHeader</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
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
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Lane %1 (%2)</source>
        <translation>Carril %1 (%2)</translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation>Nombre del carril</translation>
    </message>
    <message>
        <source>Lane actions</source>
        <translation>Acciones del carril</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Add lane above</source>
        <translation>Añadir carril encima</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation>Añadir carril debajo</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete lane and its moments</source>
        <translation>Eliminar el carril y sus momentos</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nada todavía.</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Desvincular %1</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Link to… (type to search)</source>
        <translation>Vincular a… (escriba para buscar)</translation>
    </message>
    <message>
        <source>Search for something to link to</source>
        <translation>Buscar algo con lo que vincular</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Link: %1 %2</source>
        <translation>Vincular: %1 %2</translation>
    </message>
    <message>
        <source>Nothing to link matches “%1”.</source>
        <translation>Nada que vincular coincide con «%1».</translation>
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
        <translation>%1 (solo lectura) — CX Atlas</translation>
    </message>
    <message>
        <source>%1 — CX Atlas</source>
        <translation>%1 — CX Atlas</translation>
    </message>
    <message>
        <source>Drop a .cxatlas workspace to open it, or workspace JSON, a Mermaid journey or survey responses (CSV) to import them</source>
        <translation>Suelte un espacio de trabajo .cxatlas para abrirlo, o un JSON de espacio de trabajo, un recorrido Mermaid o respuestas de encuesta (CSV) para importarlos</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>MattersWalkView</name>
    <message>
        <source>★ Moment that matters %1 of %2</source>
        <translation>★ Momento de la verdad %1 de %2</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Nothing is linked to this moment yet: no story, system or metric.</source>
        <translation>Aún no hay nada vinculado a este momento: ni historia, ni sistema, ni métrica.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <source>Measurements (%1)</source>
        <translation>Mediciones (%1)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>Añadir una medición</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet</source>
        <translation>Pegar filas copiadas de una hoja de cálculo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected measurements</source>
        <translation>Eliminar las mediciones seleccionadas</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>Date of row %1</source>
        <translation>Fecha de la fila %1</translation>
    </message>
    <message>
        <source>Value of row %1</source>
        <translation>Valor de la fila %1</translation>
    </message>
    <message>
        <source>Note of row %1</source>
        <translation>Nota de la fila %1</translation>
    </message>
    <message>
        <source>No measurements. Add one, or copy dates and values from a spreadsheet and paste them here (Ctrl+V).</source>
        <translation>No hay mediciones. Añada una, o copie fechas y valores de una hoja de cálculo y péguelos aquí (Ctrl+V).</translation>
    </message>
    <message>
        <source>Row %1: %2, %3</source>
        <translation>Fila %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>%1 over time, %2</source>
        <translation>%1 a lo largo del tiempo, %2</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95%</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Small sample (under 30)</source>
        <translation>Muestra pequeña (menos de 30)</translation>
    </message>
    <message>
        <source>Latest %1 (%2) · %3 %4</source>
        <translation>Último: %1 (%2) · %3 %4</translation>
    </message>
    <message>
        <source>No values to draw yet.</source>
        <translation>Aún no hay valores que dibujar.</translation>
    </message>
</context>
<context>
    <name>MetricDetails</name>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind and level</source>
        <translation>Tipo y nivel</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>e.g. %, points, minutes</source>
        <translation>p. ej., %, puntos, minutos</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Mejor si es</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>Quién responde de ello</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What it measures, where the data comes from</source>
        <translation>Qué mide y de dónde proceden los datos</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Cómo se calcula</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Qué mide</translation>
    </message>
    <message>
        <source>Nothing yet. Link it to a moment or an element in the Architecture view.</source>
        <translation>Nada todavía. Vincúlela a un momento o a un elemento en la vista Arquitectura.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
</context>
<context>
    <name>MetricRow</name>
    <message>
        <source>%1, %2, latest %3, %4, %5</source>
        <translation>%1, %2, último valor %3, %4, %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>⟳ cycle closes here</source>
        <translation>⟳ aquí se cierra un ciclo</translation>
    </message>
    <message>
        <source>⟳ in a cycle</source>
        <translation>⟳ en un ciclo</translation>
    </message>
</context>
<context>
    <name>MetricStatus</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Desviada</translation>
    </message>
</context>
<context>
    <name>MetricTree</name>
    <message>
        <source>Search metrics</source>
        <translation>Buscar métricas</translation>
    </message>
    <message>
        <source>Search metrics by title or owner</source>
        <translation>Buscar métricas por título o responsable</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Todos los recorridos</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Metric hierarchy</source>
        <translation>Jerarquía de métricas</translation>
    </message>
    <message>
        <source>No metric matches the filters.</source>
        <translation>Ninguna métrica coincide con los filtros.</translation>
    </message>
    <message>
        <source>No metrics yet. Add one in the Architecture view (+ Add › Metric).</source>
        <translation>Aún no hay métricas. Añada una en la vista Arquitectura (+ Añadir › Métrica).</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <source>Choose a metric in the tree</source>
        <translation>Elija una métrica en el árbol</translation>
    </message>
    <message>
        <source>Import responses…</source>
        <translation>Importar respuestas…</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Chart and measurements</source>
        <translation>Gráfico y mediciones</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Overview of the whole journey map</source>
        <translation>Vista general de todo el mapa del recorrido</translation>
    </message>
</context>
<context>
    <name>MomentCard</name>
    <message>
        <source>moment that matters</source>
        <translation>momento de la verdad</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation>Basado en investigación</translation>
    </message>
    <message>
        <source>Partly backed by evidence</source>
        <translation>Parcialmente respaldado por evidencia</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>Open the detailed journey</source>
        <translation>Abrir el recorrido detallado</translation>
    </message>
    <message>
        <source>stage %1, lane %2</source>
        <translation>etapa %1, carril %2</translation>
    </message>
    <message>
        <source>emotion %1</source>
        <translation>emoción %1</translation>
    </message>
    <message>
        <source>emotion not scored</source>
        <translation>emoción sin puntuar</translation>
    </message>
</context>
<context>
    <name>MomentForm</name>
    <message>
        <source>Moment</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Mobile app, branch, phone…</source>
        <translation>App móvil, sucursal, teléfono…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>The function that owns it</source>
        <translation>La función responsable</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Puntuada</translation>
    </message>
    <message>
        <source>Emotion score</source>
        <translation>Puntuación emocional</translation>
    </message>
    <message>
        <source>Emotion of %1</source>
        <translation>Emoción de %1</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>Partly backed</source>
        <translation>Parcialmente respaldado</translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation>Basado en investigación</translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation>Nivel de evidencia</translation>
    </message>
    <message>
        <source>Moment that matters</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sin color</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Color %1</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Etiquetas (separadas por comas)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>MomentInspector</name>
    <message>
        <source>Moment details</source>
        <translation>Detalles del momento</translation>
    </message>
    <message>
        <source>Select a moment to see and edit its details.
Double-click the map, or press N, to add one.</source>
        <translation>Seleccione un momento para ver y editar sus detalles.
Para añadir uno, haga doble clic en el mapa o pulse N.</translation>
    </message>
</context>
<context>
    <name>OverviewMap</name>
    <message>
        <source>%1 — the whole journey</source>
        <translation>%1: todo el recorrido</translation>
    </message>
</context>
<context>
    <name>ParkCapture</name>
    <message>
        <source>Park:</source>
        <translation>Aparcar:</translation>
    </message>
    <message>
        <source>An idea or a question… Enter parks it, Escape drops it</source>
        <translation>Una idea o una pregunta… Intro la aparca, Esc la descarta</translation>
    </message>
    <message>
        <source>Park an idea or a question</source>
        <translation>Aparcar una idea o una pregunta</translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message>
        <source>Parking lot</source>
        <translation>Aparcamiento de ideas</translation>
    </message>
    <message>
        <source>Parking lot (%1)</source>
        <translation>Aparcamiento de ideas (%1)</translation>
    </message>
    <message>
        <source>Hide the parking lot</source>
        <translation>Ocultar el aparcamiento de ideas</translation>
    </message>
    <message>
        <source>A question… (Enter)</source>
        <translation>Una pregunta… (Intro)</translation>
    </message>
    <message>
        <source>An idea… (Enter)</source>
        <translation>Una idea… (Intro)</translation>
    </message>
    <message>
        <source>Park an idea or a question</source>
        <translation>Aparcar una idea o una pregunta</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Parked notes</source>
        <translation>Notas aparcadas</translation>
    </message>
    <message>
        <source>Press P anywhere to park an idea or a question without stopping the workshop. Drag a note onto the map to make it a moment.</source>
        <translation>Pulse P en cualquier momento para aparcar una idea o una pregunta sin detener el taller. Arrastre una nota al mapa para convertirla en un momento.</translation>
    </message>
</context>
<context>
    <name>ParkingNoteCard</name>
    <message>
        <source>Question: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <source>Idea: %1</source>
        <translation>Idea: %1</translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation>Acciones de la nota</translation>
    </message>
    <message>
        <source>Make a moment after the selected card</source>
        <translation>Crear un momento tras la tarjeta seleccionada</translation>
    </message>
    <message>
        <source>Make an insight</source>
        <translation>Crear un hallazgo</translation>
    </message>
    <message>
        <source>Make an opportunity</source>
        <translation>Crear una oportunidad</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <source>%1/%2 dots</source>
        <translation>%1/%2 puntos</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, connected</source>
        <translation>%1, conectado</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, no conectado</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Participants (%1 connected)</source>
        <translation>Participantes (%1 conectados)</translation>
    </message>
    <message>
        <source>Join address %1</source>
        <translation>Dirección para unirse %1</translation>
    </message>
    <message>
        <source>Show Code</source>
        <translation>Mostrar el código</translation>
    </message>
    <message>
        <source>Stop Session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <source>People who joined</source>
        <translation>Personas que se han unido</translation>
    </message>
    <message>
        <source>Nobody has joined yet. Show the code on the projector (J while presenting) or share the address.</source>
        <translation>Aún no se ha unido nadie. Muestre el código en el proyector (J durante la presentación) o comparta la dirección.</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Quitar participante</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? Their %n dot(s) in this round go, in one step you can undo.</source>
        <translation>
            <numerusform>¿Quitar a %1? Su punto de esta ronda desaparece, en un paso que puede deshacer.</numerusform>
            <numerusform>¿Quitar a %1? Sus %n puntos de esta ronda desaparecen, en un paso que puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1? Their page stops working; the notes they parked stay.</source>
        <translation>¿Quitar a %1? Su página deja de funcionar; las notas que aparcó se quedan.</translation>
    </message>
    <message>
        <source>Stop the Session?</source>
        <translation>¿Detener la sesión?</translation>
    </message>
    <message>
        <source>Everyone&apos;s page stops working and the code with it; their dots and notes stay in the workspace. A new session gets a new code.</source>
        <translation>La página de todos deja de funcionar, y el código con ella; sus puntos y notas se quedan en el espacio de trabajo. Una sesión nueva recibe un código nuevo.</translation>
    </message>
</context>
<context>
    <name>PersonaAvatar</name>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
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
        <translation>Persona sin nombre</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>Mapped in %n journey(s)</source>
        <translation>
            <numerusform>Mapeada en %n recorrido</numerusform>
            <numerusform>Mapeada en %n recorridos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not mapped in a journey yet</source>
        <translation>Aún no está mapeada en ningún recorrido</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>PersonaColorPicker</name>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Púrpura rojizo</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>Bermellón</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Azul cielo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
</context>
<context>
    <name>PersonaEditorView</name>
    <message>
        <source>‹ All personas</source>
        <translation>‹ Todas las personas</translation>
    </message>
    <message>
        <source>Back to all personas</source>
        <translation>Volver a todas las personas</translation>
    </message>
    <message>
        <source>This workspace is open for reading only</source>
        <translation>Este espacio de trabajo está abierto solo para lectura</translation>
    </message>
    <message>
        <source>Saved as you type · Undo with Ctrl+Z</source>
        <translation>Se guarda mientras escribe · Deshacer con Ctrl+Z</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Need state</source>
        <translation>Estado de necesidad</translation>
    </message>
    <message>
        <source>What this customer needs at this point of their life</source>
        <translation>Lo que este cliente necesita en este momento de su vida</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>En sus propias palabras</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Nivel de valor</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Añadir una meta</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Añadir una necesidad</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustraciones</translation>
    </message>
    <message>
        <source>Add a frustration</source>
        <translation>Añadir una frustración</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Comportamientos</translation>
    </message>
    <message>
        <source>Add a behaviour</source>
        <translation>Añadir un comportamiento</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canales preferidos</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>Añadir un canal</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Datos demográficos</translation>
    </message>
    <message>
        <source>Age, place, household, income…</source>
        <translation>Edad, lugar, hogar, ingresos…</translation>
    </message>
    <message>
        <source>Psychographics</source>
        <translation>Datos psicográficos</translation>
    </message>
    <message>
        <source>Values, attitudes, motivations…</source>
        <translation>Valores, actitudes, motivaciones…</translation>
    </message>
    <message>
        <source>Field notes</source>
        <translation>Notas de campo</translation>
    </message>
    <message>
        <source>What you saw and heard</source>
        <translation>Lo que vio y oyó</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>PersonaGalleryView</name>
    <message>
        <source>New persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Filter by name, need state or quote</source>
        <translation>Filtrar por nombre, estado de necesidad o cita</translation>
    </message>
    <message>
        <source>Filter personas</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Hypotheses</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validadas</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Ordenar por nombre</translation>
    </message>
    <message>
        <source>Sort by status</source>
        <translation>Ordenar por estado</translation>
    </message>
    <message>
        <source>Sort by value tier</source>
        <translation>Ordenar por nivel de valor</translation>
    </message>
    <message>
        <source>Sort by last update</source>
        <translation>Ordenar por última actualización</translation>
    </message>
    <message>
        <source>Sort personas</source>
        <translation>Ordenar personas</translation>
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
            <numerusform>%1 de %n persona</numerusform>
            <numerusform>%1 de %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No personas yet. A persona describes a customer need state; start one with New persona.</source>
        <translation>Aún no hay personas. Una persona describe un estado de necesidad del cliente; cree una con Nueva persona.</translation>
    </message>
    <message>
        <source>No persona matches the filter.</source>
        <translation>Ninguna persona coincide con el filtro.</translation>
    </message>
</context>
<context>
    <name>PersonaJourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>No journey is mapped for this persona yet.</source>
        <translation>Aún no hay ningún recorrido mapeado para esta persona.</translation>
    </message>
    <message>
        <source>%1 (future state)</source>
        <translation>%1 (estado futuro)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open journey %1</source>
        <translation>Abrir el recorrido %1</translation>
    </message>
    <message>
        <source>Unlink journey %1</source>
        <translation>Desvincular el recorrido %1</translation>
    </message>
    <message>
        <source>Unlink this journey</source>
        <translation>Desvincular este recorrido</translation>
    </message>
    <message>
        <source>Journey to link</source>
        <translation>Recorrido que vincular</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Link this persona to the chosen journey</source>
        <translation>Vincular esta persona al recorrido elegido</translation>
    </message>
</context>
<context>
    <name>PersonaListEditor</name>
    <message>
        <source>Add an item</source>
        <translation>Añadir un elemento</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, elemento %2</translation>
    </message>
    <message>
        <source>Move item %1 of %2 up</source>
        <translation>Subir el elemento %1 de %2</translation>
    </message>
    <message>
        <source>Move item %1 of %2 down</source>
        <translation>Bajar el elemento %1 de %2</translation>
    </message>
    <message>
        <source>Remove item %1 of %2</source>
        <translation>Quitar el elemento %1 de %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
</context>
<context>
    <name>PersonaPhotoPanel</name>
    <message>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>Elegir un archivo de foto</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <source>Or drop an image on it. %1</source>
        <translation>O suelte una imagen encima. %1</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>PersonaPicker</name>
    <message>
        <source>All personas</source>
        <translation>Todas las personas</translation>
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
        <translation>Validada</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>Valor bajo</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Valor alto</translation>
    </message>
    <message>
        <source>Top value</source>
        <translation>Valor máximo</translation>
    </message>
    <message>
        <source>Medium value</source>
        <translation>Valor medio</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Social listening</source>
        <translation>Escucha social</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Where unnamed workspaces live</source>
        <translation>Carpeta de los espacios de trabajo sin nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>PDF page size</source>
        <translation>Tamaño de página del PDF</translation>
    </message>
    <message>
        <source>PDF orientation</source>
        <translation>Orientación del PDF</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Unnamed workspaces</source>
        <translation>Espacios sin nombre</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Use the Standard Folder</source>
        <translation>Usar la carpeta predeterminada</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Mapas de recorrido</translation>
    </message>
    <message>
        <source>Show handles on the emotion curves’ points</source>
        <translation>Mostrar los tiradores en los puntos de las curvas emocionales</translation>
    </message>
</context>
<context>
    <name>PresenceBadges</name>
    <message>
        <source>%1 is on this card</source>
        <translation>%1 está en esta tarjeta</translation>
    </message>
</context>
<context>
    <name>PresenceList</name>
    <message>
        <source>Here:</source>
        <translation>Aquí:</translation>
    </message>
    <message>
        <source>Only you here</source>
        <translation>Solo usted aquí</translation>
    </message>
</context>
<context>
    <name>PresentCard</name>
    <message>
        <source>Research-based</source>
        <translation>Basado en investigación</translation>
    </message>
    <message>
        <source>Partly backed by evidence</source>
        <translation>Parcialmente respaldado por evidencia</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>Moment that matters</source>
        <translation>Momento de la verdad</translation>
    </message>
</context>
<context>
    <name>PresentControls</name>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Present on screen</source>
        <translation>Presentar en la pantalla</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Projector theme</source>
        <translation>Tema del proyector</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>As the system says</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Reducido</translation>
    </message>
    <message>
        <source>Animated</source>
        <translation>Animado</translation>
    </message>
    <message>
        <source>Camera motion</source>
        <translation>Movimiento de cámara</translation>
    </message>
    <message>
        <source>← → step · O overview · M moments that matter · N presenter view</source>
        <translation>← → avanzar · O vista general · M momentos de la verdad · N vista del presentador</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vista del presentador</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Salir (Esc)</translation>
    </message>
    <message>
        <source>Join slide (J)</source>
        <translation>Diapositiva para unirse (J)</translation>
    </message>
    <message>
        <source>Show the join slide</source>
        <translation>Mostrar la diapositiva para unirse</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>%1 — %2 — presentation</source>
        <translation>%1 — %2 — presentación</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>%1 — presenter view</source>
        <translation>%1 — vista del presentador</translation>
    </message>
    <message>
        <source>Moment that matters %1 of %2</source>
        <translation>Momento de la verdad %1 de %2</translation>
    </message>
    <message>
        <source>Overview of the whole map</source>
        <translation>Vista general de todo el mapa</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Etapa %1 de %2</translation>
    </message>
    <message>
        <source>No notes for this stage.</source>
        <translation>No hay notas para esta etapa.</translation>
    </message>
    <message>
        <source>Moments and their evidence</source>
        <translation>Momentos y su evidencia</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Last stage</source>
        <translation>Última etapa</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>No voting round is running.</source>
        <translation>No hay ninguna ronda de votación en marcha.</translation>
    </message>
    <message>
        <source>Keys: → ← step · 1–9 stage · O overview · M moments that matter · T theme · N this window · P park a note · Esc leave</source>
        <translation>Teclas: → ← avanzar · 1–9 etapa · O vista general · M momentos de la verdad · T tema · N esta ventana · P aparcar una nota · Esc salir</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Unsaved Workspaces</source>
        <translation>Espacios de trabajo sin guardar</translation>
    </message>
    <message>
        <source>These workspaces were never saved to a file. Open one to go on with it, or discard it.</source>
        <translation>Estos espacios de trabajo nunca se guardaron en un archivo. Abra uno para continuar con él, o descártelo.</translation>
    </message>
    <message>
        <source>There are no unsaved workspaces.</source>
        <translation>No hay espacios de trabajo sin guardar.</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Último cambio: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>Descartar %1</translation>
    </message>
</context>
<context>
    <name>ResponseBadRowList</name>
    <message>
        <source>Bad rows</source>
        <translation>Filas erróneas</translation>
    </message>
    <message>
        <source>No bad rows.</source>
        <translation>No hay filas erróneas.</translation>
    </message>
</context>
<context>
    <name>ResponseImportDialog</name>
    <message>
        <source>Import Survey Responses from “%1”</source>
        <translation>Importar respuestas de encuesta de «%1»</translation>
    </message>
    <message>
        <source>Import Survey Responses</source>
        <translation>Importar respuestas de encuesta</translation>
    </message>
    <message>
        <source>Import Survey Responses From</source>
        <translation>Importar respuestas de encuesta desde</translation>
    </message>
    <message>
        <source>Survey responses (*.csv *.tsv *.txt)</source>
        <translation>Respuestas de encuesta (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Bad rows (%1)</source>
        <translation>Filas erróneas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Skip the %Ln bad row(s)</source>
        <translation>
            <numerusform>Omitir %Ln fila errónea</numerusform>
            <numerusform>Omitir las %Ln filas erróneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>Choose a CSV or TSV file of survey responses (UTF-8, with a header line) to see its rows before anything is imported.</source>
        <translation>Elija un archivo CSV o TSV de respuestas de encuesta (UTF-8, con una línea de encabezado) para ver sus filas antes de importar nada.</translation>
    </message>
    <message>
        <source>Nothing to show: see the message below.</source>
        <translation>Nada que mostrar: vea el mensaje de abajo.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>ResponseMappingPanel</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Choose a metric…</source>
        <translation>Elija una métrica…</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Puntuación máxima</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
</context>
<context>
    <name>ResponsePreviewTable</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Compare revisions: %n field(s) differ</source>
        <translation>
            <numerusform>Comparar revisiones: %n campo difiere</numerusform>
            <numerusform>Comparar revisiones: %n campos difieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Version on the left</source>
        <translation>Versión de la izquierda</translation>
    </message>
    <message>
        <source>Version on the right</source>
        <translation>Versión de la derecha</translation>
    </message>
    <message>
        <source>Differences between the two versions</source>
        <translation>Diferencias entre las dos versiones</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 ha cambiado</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 sin cambios</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Revision summary</source>
        <translation>Resumen de la revisión</translation>
    </message>
    <message>
        <source>Why (research, data…)</source>
        <translation>Por qué (investigación, datos…)</translation>
    </message>
    <message>
        <source>Revision reason</source>
        <translation>Motivo de la revisión</translation>
    </message>
    <message>
        <source>Record revision</source>
        <translation>Registrar revisión</translation>
    </message>
    <message>
        <source>No revision recorded yet. Record one when research changes what you know.</source>
        <translation>Aún no se ha registrado ninguna revisión. Registre una cuando la investigación cambie lo que sabe.</translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation>Comparar con el estado actual</translation>
    </message>
    <message>
        <source>Compare revision “%1” with the persona now</source>
        <translation>Comparar la revisión «%1» con la persona actual</translation>
    </message>
    <message>
        <source>Compare with previous</source>
        <translation>Comparar con la anterior</translation>
    </message>
    <message>
        <source>Compare revision “%1” with the one before</source>
        <translation>Comparar la revisión «%1» con la anterior</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore revision “%1”</source>
        <translation>Restaurar la revisión «%1»</translation>
    </message>
</context>
<context>
    <name>RoundResultsDialog</name>
    <message>
        <source>Results: %1</source>
        <translation>Resultados: %1</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Ronda de votación</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 participants voted · %4 dots · %5 per participant</source>
        <translation>%1 · %2 de %3 participantes votaron · %4 puntos · %5 por participante</translation>
    </message>
    <message>
        <source>Moments by dots</source>
        <translation>Momentos por puntos</translation>
    </message>
    <message>
        <source>Rank %1%2: %3, %4 dots</source>
        <translation>Puesto %1%2: %3, %4 puntos</translation>
    </message>
    <message>
        <source> (tie)</source>
        <translation> (empate)</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (empate)</translation>
    </message>
    <message>
        <source>No moment got a dot in this round.</source>
        <translation>Ningún momento recibió puntos en esta ronda.</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>Mark the top</source>
        <translation>Marcar los</translation>
    </message>
    <message>
        <source>How many of the top moments</source>
        <translation>Cuántos de los momentos más votados</translation>
    </message>
    <message>
        <source>as moments that matter</source>
        <translation>más votados como momentos de la verdad</translation>
    </message>
    <message>
        <source>A tie at the last place includes every tied moment.</source>
        <translation>Un empate en el último puesto incluye todos los momentos empatados.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open Server Workspace</source>
        <translation>Abrir un espacio de trabajo del servidor</translation>
    </message>
    <message>
        <source>A team workspace lives on a PostgreSQL server, where everyone who opens it sees the others&apos; edits as they are made. Its administrator gives you the address, your login and the password.</source>
        <translation>Un espacio de trabajo de equipo está en un servidor PostgreSQL: quien lo abre ve los cambios de los demás en cuanto se hacen. Su administrador le da la dirección, su usuario y la contraseña.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>postgresql://you@server.example.org:5432/cx?sslmode=require</source>
        <translation>postgresql://usted@server.example.org:5432/cx?sslmode=require</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE, with options such as ?sslmode=require</source>
        <translation>postgresql://USUARIO@HOST:PUERTO/BASE, con opciones como ?sslmode=require</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace&apos;s name on the server</source>
        <translation>El nombre del espacio de trabajo en el servidor</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nombre del espacio de trabajo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>Vacía: de ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Recordar la contraseña en el llavero</translation>
    </message>
    <message>
        <source>“%1” is open. %2</source>
        <translation>«%1» está abierto. %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ShellMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Open %1 from %2</source>
        <translation>Abrir %1 desde %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar menú</translation>
    </message>
    <message>
        <source>&amp;Unsaved Workspaces…</source>
        <translation>Espacios &amp;sin guardar…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Recorridos</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Architecture</source>
        <translation>&amp;Arquitectura</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Métricas</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>Pre&amp;sentar</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Prefere&amp;ncias…</translation>
    </message>
    <message>
        <source>Open &amp;Server Workspace…</source>
        <translation>Abrir un espacio de trabajo del &amp;servidor…</translation>
    </message>
</context>
<context>
    <name>SpotlightView</name>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Etapa %1 de %2</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message numerus="yes">
        <source>%n more moment(s) in this stage: O shows the whole map</source>
        <translation>
            <numerusform>%n momento más en esta etapa: O muestra todo el mapa</numerusform>
            <numerusform>%n momentos más en esta etapa: O muestra todo el mapa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageHeader</name>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nombre de la etapa</translation>
    </message>
    <message>
        <source>Stage actions</source>
        <translation>Acciones de la etapa</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Add stage before</source>
        <translation>Añadir etapa antes</translation>
    </message>
    <message>
        <source>Add stage after</source>
        <translation>Añadir etapa después</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Mover a la izquierda</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Mover a la derecha</translation>
    </message>
    <message>
        <source>Delete stage and its moments</source>
        <translation>Eliminar la etapa y sus momentos</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Start a new workspace, open one, or import workspace JSON or a Mermaid journey diagram. You can also drop a file on this window.</source>
        <translation>Cree un espacio de trabajo nuevo, abra uno o importe un JSON de espacio de trabajo o un diagrama de recorrido Mermaid. También puede soltar un archivo en esta ventana.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import workspace JSON or a Mermaid journey diagram</source>
        <translation>Importar un JSON de espacio de trabajo o un diagrama de recorrido Mermaid</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Open %1 from %2</source>
        <translation>Abrir %1 desde %2</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <source>Start a voting round</source>
        <translation>Iniciar una ronda de votación</translation>
    </message>
    <message>
        <source>Which moments matter most?</source>
        <translation>¿Qué momentos importan más?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Question of the round</source>
        <translation>Pregunta de la ronda</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Puntos por participante</translation>
    </message>
    <message>
        <source>Count anonymously</source>
        <translation>Contar de forma anónima</translation>
    </message>
    <message>
        <source>Participants, one per line</source>
        <translation>Participantes, uno por línea</translation>
    </message>
    <message>
        <source>Ana (Marketing)
Ben (Sales)
Cleo (Service)</source>
        <translation>Ana (Marketing)
Ben (Ventas)
Cleo (Servicio)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Número de participantes</translation>
    </message>
    <message>
        <source>Hide the tally until the round ends</source>
        <translation>Ocultar el recuento hasta que termine la ronda</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Iniciar votación</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>TimerBadge</name>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Tiempo restante: %1</translation>
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
        <translation>Duración de la cuenta atrás</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <source>Moment title</source>
        <translation>Título del momento</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Keep “%1”?</source>
        <translation>¿Conservar «%1»?</translation>
    </message>
    <message>
        <source>This workspace has not been saved to a file. Keep it to find it again under File ▸ Unsaved Workspaces and the next time CX Atlas starts, or discard it for good.</source>
        <translation>Este espacio de trabajo no se ha guardado en un archivo. Consérvelo para volver a encontrarlo en Archivo ▸ Espacios sin guardar y la próxima vez que se inicie CX Atlas, o descártelo definitivamente.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Workspace %1</source>
        <translation>Espacio de trabajo %1</translation>
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
            <numerusform>%n recorrido</numerusform>
            <numerusform>%n recorridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n momento</numerusform>
            <numerusform>%n momentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Not saved to a file yet. Every change is kept; use Save As to name it.</source>
        <translation>Aún no se ha guardado en un archivo. Se conservan todos los cambios; use Guardar como para darle un nombre.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Team workspace on %1 · %2</source>
        <translation>Espacio de trabajo de equipo en %1 · %2</translation>
    </message>
    <message>
        <source>Team workspace on %1 · offline</source>
        <translation>Espacio de trabajo de equipo en %1 · sin conexión</translation>
    </message>
</context>
<context>
    <name>VoteBadge</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <source>Voting round %1</source>
        <translation>Ronda de votación %1</translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation>Votación: %1</translation>
    </message>
    <message>
        <source>Click a card to give it a dot, Shift+click to take one back; + and − or 0–9 on the selected card.</source>
        <translation>Haga clic en una tarjeta para darle un punto y Mayús+clic para retirarlo; + y − o 0–9 en la tarjeta seleccionada.</translation>
    </message>
    <message>
        <source>Hide tally</source>
        <translation>Ocultar recuento</translation>
    </message>
    <message>
        <source>Keep the dots off the cards until the round ends, so early votes do not sway the room</source>
        <translation>Mantener los puntos fuera de las tarjetas hasta que termine la ronda, para que los primeros votos no influyan en la sala</translation>
    </message>
    <message>
        <source>End round…</source>
        <translation>Terminar ronda…</translation>
    </message>
    <message>
        <source>%1  %2/%3</source>
        <translation>%1  %2/%3</translation>
    </message>
    <message>
        <source>%1, %2 of %3 dots used</source>
        <translation>%1, %2 de %3 puntos usados</translation>
    </message>
</context>
<context>
    <name>VotingTally</name>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>No voting round is running.</source>
        <translation>No hay ninguna ronda de votación en marcha.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) cast; the tally stays hidden until the round ends.</source>
        <translation>
            <numerusform>%n punto emitido; el recuento permanece oculto hasta que termine la ronda.</numerusform>
            <numerusform>%n puntos emitidos; el recuento permanece oculto hasta que termine la ronda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) cast</source>
        <translation>
            <numerusform>%n punto emitido</numerusform>
            <numerusform>%n puntos emitidos</numerusform>
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
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>CX Atlas workspaces (*.cxatlas)</source>
        <translation>Espacios de trabajo de CX Atlas (*.cxatlas)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>WindowSaveAsDialog</name>
    <message>
        <source>Save Workspace As</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <source>CX Atlas workspaces (*.cxatlas)</source>
        <translation>Espacios de trabajo de CX Atlas (*.cxatlas)</translation>
    </message>
</context>
<context>
    <name>cx::AnalysisOutput</name>
    <message>
        <source>No gaps found.
</source>
        <translation>No se encontraron brechas.
</translation>
    </message>
    <message>
        <source>Gaps found: %1.
</source>
        <translation>Brechas encontradas: %1.
</translation>
    </message>
    <message>
        <source>Moments (* a moment that matters; those first, then by importance):</source>
        <translation>Momentos (* un momento de la verdad; estos primero, después por importancia):</translation>
    </message>
    <message>
        <source>%1 (journey “%2”)</source>
        <translation>%1 (recorrido «%2»)</translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation>importancia %1</translation>
    </message>
    <message>
        <source>Elements that depend on it:</source>
        <translation>Elementos que dependen de él:</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Recorridos:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>Metrics it drives:</source>
        <translation>Métricas que impulsa:</translation>
    </message>
</context>
<context>
    <name>cx::ArchitecturePainter</name>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Línea de visibilidad</translation>
    </message>
</context>
<context>
    <name>cx::ArchitectureView</name>
    <message>
        <source>Moments</source>
        <translation>Momentos</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Experiencias</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nueva historia</translation>
    </message>
    <message>
        <source>New experience</source>
        <translation>Nueva experiencia</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nuevo servicio</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Nuevo proceso</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Nuevo sistema</translation>
    </message>
    <message>
        <source>New data</source>
        <translation>Nuevos datos</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n momento</numerusform>
            <numerusform>%n momentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n métrica</numerusform>
            <numerusform>%n métricas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n oportunidad</numerusform>
            <numerusform>%n oportunidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Insight · %1</source>
        <translation>Hallazgo · %1</translation>
    </message>
    <message>
        <source>Opportunity · impact %1 · effort %2</source>
        <translation>Oportunidad · impacto %1 · esfuerzo %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Moment, in %1</source>
        <translation>Momento, en %1</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Nueva métrica</translation>
    </message>
    <message>
        <source>New insight</source>
        <translation>Nuevo hallazgo</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nueva oportunidad</translation>
    </message>
</context>
<context>
    <name>cx::BadResponseModel</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>cx::Changes</name>
    <message>
        <source>There is no record %1 in this workspace.</source>
        <translation>No hay ningún registro %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 “%2” already exists (id %3).</source>
        <extracomment>%1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>Ya existe: %1 «%2» (id %3).</translation>
    </message>
    <message>
        <source>%1 “%2” cannot change into a %3.</source>
        <extracomment>%1, %3: kinds of record, nouns (&quot;story&quot;, &quot;system&quot;); %2: the record&apos;s title</extracomment>
        <translation>No se puede convertir %1 «%2» en %3.</translation>
    </message>
    <message>
        <source>Moments can only move to a stage and lane of one journey.</source>
        <translation>Los momentos solo se pueden mover a una etapa y un carril de un mismo recorrido.</translation>
    </message>
    <message>
        <source>Moment “%1” belongs to another journey; copy it instead.</source>
        <translation>El momento «%1» pertenece a otro recorrido; cópielo en su lugar.</translation>
    </message>
    <message>
        <source>Moments can only go into a stage and lane of one journey.</source>
        <translation>Los momentos solo pueden ir a una etapa y un carril de un mismo recorrido.</translation>
    </message>
    <message>
        <source>Moment “%1” already exists.</source>
        <translation>El momento «%1» ya existe.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«%1» ya existe.</translation>
    </message>
    <message>
        <source>Only stages and lanes are placed this way.</source>
        <translation>Solo las etapas y los carriles se colocan de esta forma.</translation>
    </message>
    <message>
        <source>Only stages and lanes can be reordered.</source>
        <translation>Solo se pueden reordenar las etapas y los carriles.</translation>
    </message>
    <message>
        <source>Those two are not linked.</source>
        <translation>Esos dos no están vinculados.</translation>
    </message>
</context>
<context>
    <name>cx::DataExport</name>
    <message>
        <source>Unknown format “%1”: use %2.</source>
        <translation>Formato desconocido «%1»: use %2.</translation>
    </message>
    <message>
        <source>There is no journey with id %1 in this workspace.</source>
        <translation>No hay ningún recorrido con el id %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>A Mermaid journey diagram holds one journey: choose one (this workspace has %1).</source>
        <translation>Un diagrama de recorrido Mermaid contiene un solo recorrido: elija uno (este espacio de trabajo tiene %1).</translation>
    </message>
</context>
<context>
    <name>cx::Database</name>
    <message>
        <source>“%1” is damaged: %2 returned nothing.</source>
        <translation>«%1» está dañado: %2 no devolvió nada.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2).</source>
        <translation>«%1» está dañado y no se puede leer (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace (not an SQLite database).</source>
        <translation>«%1» no es un espacio de trabajo de CX Atlas (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>“%1” is read-only; the change was not saved.</source>
        <translation>«%1» es de solo lectura; el cambio no se guardó.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full; the change was not saved.</source>
        <translation>El disco que contiene «%1» está lleno; el cambio no se guardó.</translation>
    </message>
    <message>
        <source>“%1” is busy in another program; try again.</source>
        <translation>«%1» está ocupado por otro programa; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” refused the change because it breaks a rule of the workspace (%2).</source>
        <translation>«%1» rechazó el cambio porque incumple una regla del espacio de trabajo (%2).</translation>
    </message>
    <message>
        <source>“%1” cannot be read or written (%2).</source>
        <translation>«%1» no se puede leer ni escribir (%2).</translation>
    </message>
    <message>
        <source>“%1”: the database reported an error (%2).</source>
        <translation>«%1»: la base de datos informó de un error (%2).</translation>
    </message>
</context>
<context>
    <name>cx::DelimitedText</name>
    <message>
        <source>%1 is UTF-32 (little-endian); save it as UTF-8 and import again.</source>
        <translation>%1 está en UTF-32 (little-endian); guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is UTF-32 (big-endian); save it as UTF-8 and import again.</source>
        <translation>%1 está en UTF-32 (big-endian); guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (little-endian); save it as UTF-8 and import again.</source>
        <translation>%1 está en UTF-16 (little-endian); guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (big-endian); save it as UTF-8 and import again.</source>
        <translation>%1 está en UTF-16 (big-endian); guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is a workbook or an archive, not text; save it as CSV (UTF-8) and import again.</source>
        <translation>%1 es un libro de cálculo o un archivo comprimido, no texto; guárdelo como CSV (UTF-8) e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (little-endian) without a byte order mark; save it as UTF-8 and import again.</source>
        <translation>%1 está en UTF-16 (little-endian) sin marca de orden de bytes; guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (big-endian) without a byte order mark; save it as UTF-8 and import again.</source>
        <translation>%1 está en UTF-16 (big-endian) sin marca de orden de bytes; guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1, line %2: a zero byte; this is not a text file.</source>
        <translation>%1, línea %2: un byte cero; no es un archivo de texto.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; save it as UTF-8 and import again.</source>
        <translation>%1 no es UTF-8 válido; guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1, line %2, byte %3: 0x%4 is not UTF-8. The file looks like Windows-1252 or Latin-1, where 0x%4 is “%5”; save it as UTF-8 and import again.</source>
        <translation>%1, línea %2, byte %3: 0x%4 no es UTF-8. El archivo parece estar en Windows-1252 o Latin-1, donde 0x%4 es «%5»; guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1, line %2, byte %3: 0x%4 is not valid UTF-8; save the file as UTF-8 and import again.</source>
        <translation>%1, línea %2, byte %3: 0x%4 no es UTF-8 válido; guarde el archivo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, línea %2, columna %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed.</source>
        <translation>un campo entre comillas abierto en esta línea no está cerrado.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>hay texto después de las comillas de cierre de un campo.</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (quote the whole field and double the quote).</source>
        <translation>unas comillas dentro de un campo que no empieza con ellas (ponga todo el campo entre comillas y duplique las comillas).</translation>
    </message>
</context>
<context>
    <name>cx::Document</name>
    <message>
        <source>This workspace is open for reading only.</source>
        <translation>Este espacio de trabajo está abierto solo para lectura.</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>Añadir %1 «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Añadir %n elemento</numerusform>
            <numerusform>Añadir %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>Editar %1 «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>Eliminar %1 «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n moment(s)</source>
        <translation>
            <numerusform>Mover %n momento</numerusform>
            <numerusform>Mover %n momentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add moment “%1”</source>
        <translation>Añadir el momento «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n moment(s)</source>
        <translation>
            <numerusform>Añadir %n momento</numerusform>
            <numerusform>Añadir %n momentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 “%2”</source>
        <extracomment>An undo step. %1: the kind of record, a noun (&quot;story&quot;, &quot;moment&quot;); %2: its title</extracomment>
        <translation>Mover %1 «%2»</translation>
    </message>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation>Vincular «%1» con «%2»</translation>
    </message>
    <message>
        <source>Unlink “%1” from “%2”</source>
        <translation>Desvincular «%1» de «%2»</translation>
    </message>
    <message>
        <source>The workspace changed in a way this edit did not expect; it was not applied.</source>
        <translation>El espacio de trabajo cambió de una forma que esta edición no esperaba; no se aplicó.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <extracomment>The summary of an undo in a team workspace&apos;s change log. %1: the undo step&apos;s text</extracomment>
        <translation>Deshacer: %1</translation>
    </message>
</context>
<context>
    <name>cx::ExportController</name>
    <message>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <source>Open a workspace to export it.</source>
        <translation>Abra un espacio de trabajo para exportarlo.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo al que exportar.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: choose PDF, SVG, PNG, JSON, CSV, GraphML, DOT, Mermaid or the CSV of votes.</source>
        <translation>Formato desconocido «%1»: elija PDF, SVG, PNG, JSON, CSV, GraphML, DOT, Mermaid o el CSV de votos.</translation>
    </message>
</context>
<context>
    <name>cx::ExportStyle</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
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
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Estratégica</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativa</translation>
    </message>
    <message>
        <source>Tactical</source>
        <translation>Táctica</translation>
    </message>
</context>
<context>
    <name>cx::FileUpgrade</name>
    <message>
        <source>“%1” uses the older file format %2 and is read through an upgraded copy, which could not be made: %3.</source>
        <translation>«%1» usa el formato de archivo antiguo %2 y se lee a través de una copia actualizada, que no se pudo crear: %3.</translation>
    </message>
    <message>
        <source>“%1” uses the older file format %2, and its upgraded copy could not be made: %3</source>
        <translation>«%1» usa el formato de archivo antiguo %2 y no se pudo crear su copia actualizada: %3</translation>
    </message>
    <message>
        <source>A backup of “%1” could not be written as “%2”: %3.</source>
        <translation>No se pudo escribir una copia de seguridad de «%1» como «%2»: %3.</translation>
    </message>
</context>
<context>
    <name>cx::GapAnalysis</name>
    <message>
        <source>Moments that matter without a metric</source>
        <translation>Momentos de la verdad sin métrica</translation>
    </message>
    <message>
        <source>Moments that matter without an owner</source>
        <translation>Momentos de la verdad sin responsable</translation>
    </message>
    <message>
        <source>Moments that matter without backstage support</source>
        <translation>Momentos de la verdad sin soporte de back-office</translation>
    </message>
    <message>
        <source>Elements linked to nothing</source>
        <translation>Elementos sin vínculos</translation>
    </message>
    <message>
        <source>Metrics that lead to no strategic metric</source>
        <translation>Métricas que no llevan a ninguna métrica estratégica</translation>
    </message>
    <message>
        <source>Cycles among metrics</source>
        <translation>Ciclos entre métricas</translation>
    </message>
    <message>
        <source>Moment that matters “%1” (journey “%2”) has no metric: nothing measures it or an element it uses.</source>
        <translation>El momento de la verdad «%1» (recorrido «%2») no tiene métrica: nada lo mide a él ni a ningún elemento que use.</translation>
    </message>
    <message>
        <source>Moment that matters “%1” (journey “%2”) has no owner.</source>
        <translation>El momento de la verdad «%1» (recorrido «%2») no tiene responsable.</translation>
    </message>
    <message>
        <source>Moment that matters “%1” (journey “%2”) has no backstage support: it depends on no system, process or data.</source>
        <translation>El momento de la verdad «%1» (recorrido «%2») no tiene soporte de back-office: no depende de ningún sistema, proceso ni datos.</translation>
    </message>
    <message>
        <source>%1 “%2” is linked to nothing.</source>
        <extracomment>%1: the kind of element, a noun (&quot;story&quot;, &quot;system&quot;…); %2: its title</extracomment>
        <translation>Elemento sin vínculos: %1 «%2».</translation>
    </message>
    <message>
        <source>Metrics drive each other in a cycle: %1.</source>
        <translation>Las métricas se impulsan unas a otras en un ciclo: %1.</translation>
    </message>
    <message>
        <source>The tactical metric “%1” leads to no strategic metric.</source>
        <translation>La métrica táctica «%1» no lleva a ninguna métrica estratégica.</translation>
    </message>
    <message>
        <source>The operational metric “%1” leads to no strategic metric.</source>
        <translation>La métrica operativa «%1» no lleva a ninguna métrica estratégica.</translation>
    </message>
</context>
<context>
    <name>cx::ImageExport</name>
    <message>
        <source>Unknown view “%1”: use journey or architecture.</source>
        <translation>Vista desconocida «%1»: use journey o architecture.</translation>
    </message>
    <message>
        <source>The resolution must be between 1 and 2400 dpi, not %1.</source>
        <translation>La resolución debe estar entre 1 y 2400 ppp, no %1.</translation>
    </message>
    <message>
        <source>There is no journey with id %1 in this workspace.</source>
        <translation>No hay ningún recorrido con el id %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>This workspace has no journey to draw.</source>
        <translation>Este espacio de trabajo no tiene ningún recorrido que dibujar.</translation>
    </message>
    <message>
        <source>The picture would be too large at %1 dpi (more than %2 megapixels); choose a lower resolution.</source>
        <translation>La imagen sería demasiado grande a %1 ppp (más de %2 megapíxeles); elija una resolución menor.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>CX architecture</source>
        <translation>Arquitectura CX</translation>
    </message>
    <message>
        <source>Drawn by CX Atlas</source>
        <translation>Dibujado con CX Atlas</translation>
    </message>
    <message>
        <source>Cannot draw the SVG picture into %1.</source>
        <translation>No se puede dibujar la imagen SVG en %1.</translation>
    </message>
</context>
<context>
    <name>cx::ImpactAnalysis</name>
    <message>
        <source>Impact of %1 “%2”: moments %3 (%4 that matter), journeys %5, personas %6, elements %7, metrics %8.</source>
        <extracomment>%1: the kind of record, a noun (&quot;system&quot;); %2: its title; %3–%8: counts</extracomment>
        <translation>Impacto — %1 «%2»: momentos %3 (%4 de la verdad), recorridos %5, personas %6, elementos %7, métricas %8.</translation>
    </message>
    <message>
        <source>%1 “%2” depends on “%3” (depth %4): %5</source>
        <extracomment>%1: the kind of record, a noun (&quot;moment&quot;); %2: its title; %3: the record analysed; %4: a number of steps; %5: the path, titles joined by arrows</extracomment>
        <translation>%1 «%2» depende de «%3» (profundidad %4): %5</translation>
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
            <numerusform>%n recorrido</numerusform>
            <numerusform>%n recorridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n carril</numerusform>
            <numerusform>%n carriles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n momento</numerusform>
            <numerusform>%n momentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stor(ies)</source>
        <translation>
            <numerusform>%n historia</numerusform>
            <numerusform>%n historias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experience(s)</source>
        <translation>
            <numerusform>%n experiencia</numerusform>
            <numerusform>%n experiencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n sistema</numerusform>
            <numerusform>%n sistemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n proceso</numerusform>
            <numerusform>%n procesos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data record(s)</source>
        <translation>
            <numerusform>%n registro de datos</numerusform>
            <numerusform>%n registros de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n métrica</numerusform>
            <numerusform>%n métricas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n oportunidad</numerusform>
            <numerusform>%n oportunidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting round(s)</source>
        <translation>
            <numerusform>%n ronda de votación</numerusform>
            <numerusform>%n rondas de votación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parking-lot note(s)</source>
        <translation>
            <numerusform>%n nota del aparcamiento de ideas</numerusform>
            <numerusform>%n notas del aparcamiento de ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of survey responses</source>
        <translation>
            <numerusform>%n importación de respuestas de encuesta</numerusform>
            <numerusform>%n importaciones de respuestas de encuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds nothing: all of it is in the workspace already.</source>
        <translation>No añade nada: todo ya está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Adds %1.</source>
        <translation>Añade %1.</translation>
    </message>
    <message>
        <source>Adds %1 and %2.</source>
        <translation>Añade %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already in the workspace stay as they are.</source>
        <translation>
            <numerusform>%n registro que ya está en el espacio de trabajo queda como está.</numerusform>
            <numerusform>%n registros que ya están en el espacio de trabajo quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mermaid journey diagram</source>
        <translation>Diagrama de recorrido Mermaid</translation>
    </message>
    <message>
        <source>Workspace JSON</source>
        <translation>JSON del espacio de trabajo</translation>
    </message>
    <message>
        <source>Wait for the file being read to finish.</source>
        <translation>Espere a que termine de leerse el archivo.</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Elija un archivo para importar.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>There is nowhere to import to.</source>
        <translation>No hay ningún destino al que importar.</translation>
    </message>
    <message>
        <source>Choose a file to import, and wait for it to be read.</source>
        <translation>Elija un archivo para importar y espere a que se lea.</translation>
    </message>
    <message>
        <source>Open a workspace you can edit to merge into it, or import into a new workspace.</source>
        <translation>Abra un espacio de trabajo editable para fusionar en él lo importado, o importe en un espacio de trabajo nuevo.</translation>
    </message>
    <message>
        <source>Writing the new workspace…</source>
        <translation>Escribiendo el nuevo espacio de trabajo…</translation>
    </message>
</context>
<context>
    <name>cx::JourneyCanvas</name>
    <message>
        <source>New journey</source>
        <translation>Nuevo recorrido</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>Etapa 1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Add journey “%1”</source>
        <translation>Añadir el recorrido «%1»</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>New moment</source>
        <translation>Nuevo momento</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n moment(s)</source>
        <translation>
            <numerusform>Duplicar %n momento</numerusform>
            <numerusform>Duplicar %n momentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n moment(s)</source>
        <translation>
            <numerusform>Pegar %n momento</numerusform>
            <numerusform>Pegar %n momentos</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nuevo carril</translation>
    </message>
</context>
<context>
    <name>cx::JourneyPainter</name>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Línea de visibilidad</translation>
    </message>
    <message>
        <source>Emotion curves:</source>
        <translation>Curvas emocionales:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
</context>
<context>
    <name>cx::Labels</name>
    <message>
        <source>unknown</source>
        <comment>trend</comment>
        <extracomment>A metric&apos;s trend after the word &quot;trend&quot;: &quot;trend unknown&quot; (too few periods to tell)</extracomment>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>rising</source>
        <extracomment>A metric&apos;s trend: its value is going up</extracomment>
        <translation>al alza</translation>
    </message>
    <message>
        <source>falling</source>
        <extracomment>A metric&apos;s trend: its value is going down</extracomment>
        <translation>a la baja</translation>
    </message>
    <message>
        <source>flat</source>
        <extracomment>A metric&apos;s trend: no clear change</extracomment>
        <translation>estable</translation>
    </message>
    <message>
        <source>week</source>
        <extracomment>The length of the periods values are given for, inside a sentence: &quot;values per week&quot;</extracomment>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <extracomment>The length of the periods values are given for, inside a sentence: &quot;values per month&quot;</extracomment>
        <translation>mes</translation>
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
        <translation>recorrido</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>carril</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>story</source>
        <extracomment>An element of the CX architecture: a user story (its layer is &quot;Stories&quot;)</extracomment>
        <translation>historia</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>experiencia</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>process</source>
        <translation>proceso</translation>
    </message>
    <message>
        <source>data</source>
        <extracomment>An element of the CX architecture: a data object (its layer is &quot;Data&quot;)</extracomment>
        <translation>datos</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>insight</source>
        <translation>hallazgo</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>oportunidad</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>voto</translation>
    </message>
    <message>
        <source>voting round</source>
        <translation>ronda de votación</translation>
    </message>
    <message>
        <source>parking-lot note</source>
        <translation>nota del aparcamiento de ideas</translation>
    </message>
    <message>
        <source>import of survey responses</source>
        <extracomment>One import of survey responses into a metric</extracomment>
        <translation>importación de respuestas de encuesta</translation>
    </message>
    <message>
        <source>Personas</source>
        <extracomment>A heading over records of one kind</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Carriles</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momentos</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Experiencias</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Voting rounds</source>
        <translation>Rondas de votación</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Aparcamiento de ideas</translation>
    </message>
    <message>
        <source>Imports of survey responses</source>
        <translation>Importaciones de respuestas de encuesta</translation>
    </message>
    <message>
        <source>Retention</source>
        <extracomment>A kind of metric</extracomment>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Social value</source>
        <extracomment>A kind of metric</extracomment>
        <translation>Valor social</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>metric kind</comment>
        <extracomment>A kind of metric: one the team defines</extracomment>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>strategic</source>
        <extracomment>The level of a metric, as an adjective inside a sentence (lowercase in English)</extracomment>
        <translation>estratégica</translation>
    </message>
    <message>
        <source>operational</source>
        <extracomment>The level of a metric, as an adjective inside a sentence (lowercase in English)</extracomment>
        <translation>operativa</translation>
    </message>
    <message>
        <source>tactical</source>
        <extracomment>The level of a metric, as an adjective inside a sentence (lowercase in English)</extracomment>
        <translation>táctica</translation>
    </message>
    <message>
        <source>higher is better</source>
        <extracomment>Which way a metric should move, inside a sentence, e.g. &quot;target 40 (higher is better)&quot;</extracomment>
        <translation>mejor cuanto más alto</translation>
    </message>
    <message>
        <source>lower is better</source>
        <extracomment>Which way a metric should move, inside a sentence, e.g. &quot;target 2 (lower is better)&quot;</extracomment>
        <translation>mejor cuanto más bajo</translation>
    </message>
    <message>
        <source>uses</source>
        <extracomment>A relation of the CX architecture, read from its source: &quot;moment uses system&quot;</extracomment>
        <translation>usa</translation>
    </message>
    <message>
        <source>depends on</source>
        <extracomment>A relation of the CX architecture: &quot;service depends on process&quot;</extracomment>
        <translation>depende de</translation>
    </message>
    <message>
        <source>measures</source>
        <extracomment>A relation of the CX architecture: &quot;metric measures moment&quot;</extracomment>
        <translation>mide</translation>
    </message>
    <message>
        <source>drives</source>
        <extracomment>A relation of the CX architecture: &quot;tactical metric drives operational metric&quot;</extracomment>
        <translation>impulsa</translation>
    </message>
    <message>
        <source>explains</source>
        <extracomment>A relation of the CX architecture: &quot;insight explains moment&quot;</extracomment>
        <translation>explica</translation>
    </message>
    <message>
        <source>improves</source>
        <extracomment>A relation of the CX architecture: &quot;opportunity improves moment&quot;</extracomment>
        <translation>mejora</translation>
    </message>
    <message>
        <source>follows</source>
        <extracomment>A relation: &quot;persona follows journey&quot; (the journey is mapped for the persona)</extracomment>
        <translation>sigue</translation>
    </message>
    <message>
        <source>opens journey</source>
        <extracomment>A relation: &quot;moment opens journey&quot; (the detailed journey behind a moment)</extracomment>
        <translation>abre el recorrido</translation>
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
        <translation>personalizada</translation>
    </message>
    <message>
        <source>survey</source>
        <extracomment>Where a persona&apos;s evidence comes from, inside a sentence (lowercase in English)</extracomment>
        <translation>encuesta</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entrevista</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analítica</translation>
    </message>
    <message>
        <source>CRM</source>
        <extracomment>Customer relationship management (system)</extracomment>
        <translation>CRM</translation>
    </message>
    <message>
        <source>social listening</source>
        <translation>escucha social</translation>
    </message>
    <message>
        <source>other</source>
        <comment>evidence source</comment>
        <extracomment>Another source of a persona&apos;s evidence</extracomment>
        <translation>otra</translation>
    </message>
</context>
<context>
    <name>cx::LinkEditor</name>
    <message>
        <source>uses</source>
        <translation>usa</translation>
    </message>
    <message>
        <source>used by</source>
        <translation>usado por</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>depende de</translation>
    </message>
    <message>
        <source>needed by</source>
        <translation>necesario para</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>mide</translation>
    </message>
    <message>
        <source>measured by</source>
        <translation>medido por</translation>
    </message>
    <message>
        <source>drives</source>
        <translation>impulsa</translation>
    </message>
    <message>
        <source>driven by</source>
        <translation>impulsado por</translation>
    </message>
    <message>
        <source>explains</source>
        <translation>explica</translation>
    </message>
    <message>
        <source>explained by</source>
        <translation>explicado por</translation>
    </message>
    <message>
        <source>improves</source>
        <translation>mejora</translation>
    </message>
    <message>
        <source>improved by</source>
        <translation>mejorado por</translation>
    </message>
    <message>
        <source>“%1” cannot be linked to “%2”: no relation of the CX architecture joins a %3 and a %4.</source>
        <extracomment>%1, %2: titles; %3, %4: their kinds of record, nouns (&quot;story&quot;, &quot;metric&quot;)</extracomment>
        <translation>«%1» no se puede vincular con «%2»: ninguna relación de la arquitectura CX une %3 y %4.</translation>
    </message>
</context>
<context>
    <name>cx::LiveServer</name>
    <message>
        <source>The participants&apos; session is running already.</source>
        <translation>La sesión de los participantes ya está en curso.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Participants cannot join: this workspace is read-only, so their votes and notes could not be saved.</source>
        <translation>Los participantes no pueden unirse: este espacio de trabajo es de solo lectura, así que sus votos y notas no se podrían guardar.</translation>
    </message>
    <message>
        <source>Cannot accept participants on %1: %2</source>
        <translation>No se pueden aceptar participantes en %1: %2</translation>
    </message>
    <message>
        <source>The facilitator ended the session.</source>
        <translation>El facilitador terminó la sesión.</translation>
    </message>
    <message>
        <source>The participants&apos; session is not running.</source>
        <translation>La sesión de los participantes no está en curso.</translation>
    </message>
</context>
<context>
    <name>cx::LiveSession</name>
    <message>
        <source>The facilitator ended the session.</source>
        <translation>El facilitador terminó la sesión.</translation>
    </message>
    <message>
        <source>No participant “%1” in this session.</source>
        <translation>No hay ningún participante «%1» en esta sesión.</translation>
    </message>
    <message>
        <source>an anonymous participant</source>
        <translation>un participante anónimo</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and their %n dot(s)</source>
        <translation>
            <numerusform>Quitar a %1 y su punto</numerusform>
            <numerusform>Quitar a %1 y sus %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message>
        <source>%1: dot on “%2”</source>
        <translation>%1: punto en «%2»</translation>
    </message>
    <message>
        <source>%1: dot taken from “%2”</source>
        <translation>%1: punto retirado de «%2»</translation>
    </message>
    <message>
        <source>From an anonymous participant</source>
        <translation>De un participante anónimo</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>An anonymous participant</source>
        <translation>Un participante anónimo</translation>
    </message>
    <message>
        <source>%1: note “%2”</source>
        <translation>%1: nota «%2»</translation>
    </message>
</context>
<context>
    <name>cx::MeasurementModel</name>
    <message>
        <source>“%1” is not a date: write 2025-01-31 or %2.</source>
        <translation>«%1» no es una fecha: escriba 2025-01-31 o %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
</context>
<context>
    <name>cx::MeasurementPaste</name>
    <message>
        <source>Line %1 (“%2”) needs a date and a value separated by a tab.</source>
        <translation>La línea %1 («%2») necesita una fecha y un valor separados por un tabulador.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date (write 2025-01-31 or %3).</source>
        <translation>Línea %1: «%2» no es una fecha (escriba 2025-01-31 o %3).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a number.</source>
        <translation>Línea %1: «%2» no es un número.</translation>
    </message>
    <message>
        <source>There are no rows to paste: copy a date and a value, separated by a tab, on each line.</source>
        <translation>No hay filas que pegar: copie una fecha y un valor, separados por un tabulador, en cada línea.</translation>
    </message>
</context>
<context>
    <name>cx::MermaidJourney</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>el archivo ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>more than %1 lines.</source>
        <translation>más de %1 líneas.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>expected “journey” to start the diagram.</source>
        <translation>se esperaba «journey» al principio del diagrama.</translation>
    </message>
    <message>
        <source>expected “accTitle: text”.</source>
        <translation>se esperaba «accTitle: texto».</translation>
    </message>
    <message>
        <source>“accDescr {” is not closed with “}”.</source>
        <translation>«accDescr {» no se cierra con «}».</translation>
    </message>
    <message>
        <source>expected “accDescr: text” or “accDescr {”.</source>
        <translation>se esperaba «accDescr: texto» o «accDescr {».</translation>
    </message>
    <message>
        <source>expected a task “name: score: actors”, a section, a title, accTitle, accDescr or a %% comment.</source>
        <translation>se esperaba una tarea «nombre: puntuación: actores», una sección (section), un título (title), accTitle, accDescr o un comentario %%.</translation>
    </message>
    <message>
        <source>the score “%1” is not a whole number from 1 to 5.</source>
        <translation>la puntuación «%1» no es un número entero de 1 a 5.</translation>
    </message>
    <message>
        <source>expected “journey” to start the diagram; the file is empty.</source>
        <translation>se esperaba «journey» al principio del diagrama; el archivo está vacío.</translation>
    </message>
</context>
<context>
    <name>cx::MetricFactsCache</name>
    <message>
        <source>no trend yet</source>
        <translation>aún sin tendencia</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>al alza</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>a la baja</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>estable</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
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
        <translation>r = %1 en %2; correlación, no causa</translation>
    </message>
</context>
<context>
    <name>cx::MetricTreeModel</name>
    <message>
        <source>also under %1</source>
        <translation>también bajo %1</translation>
    </message>
    <message>
        <source>Strategic goals</source>
        <translation>Objetivos estratégicos</translation>
    </message>
    <message>
        <source>Not driving a strategic goal</source>
        <translation>No impulsa ningún objetivo estratégico</translation>
    </message>
</context>
<context>
    <name>cx::MetricsReport</name>
    <message numerus="yes">
        <source>%n metric(s), values per %1</source>
        <extracomment>%1: the length of the periods: &quot;week&quot;, &quot;month&quot; or &quot;quarter&quot;</extracomment>
        <translation>
            <numerusform>%n métrica, valores por %1</numerusform>
            <numerusform>%n métricas, valores por %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation>aún sin valores</translation>
    </message>
    <message>
        <source>latest %1: %2 %3</source>
        <translation>último valor (%1): %2 %3</translation>
    </message>
    <message>
        <source> (95% interval %1 to %2)</source>
        <translation> (intervalo del 95%: de %1 a %2)</translation>
    </message>
    <message numerus="yes">
        <source>, %n response(s)</source>
        <translation>
            <numerusform>, %n respuesta</numerusform>
            <numerusform>, %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n measurement(s)</source>
        <translation>
            <numerusform>, %n medición</numerusform>
            <numerusform>, %n mediciones</numerusform>
        </translation>
    </message>
    <message>
        <source>, small sample</source>
        <translation>, muestra pequeña</translation>
    </message>
    <message>
        <source>target %1 (%2)</source>
        <extracomment>%1: the target value; %2: which way is good: &quot;higher is better&quot; or &quot;lower is better&quot;</extracomment>
        <translation>objetivo %1 (%2)</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message numerus="yes">
        <source>  driven by %1: r = %2 over %n period(s), p = %3 (correlation, not cause)
</source>
        <translation>
            <numerusform>  impulsado por %1: r = %2 en %n periodo, p = %3 (correlación, no causa)
</numerusform>
            <numerusform>  impulsado por %1: r = %2 en %n periodos, p = %3 (correlación, no causa)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  driven by %1: too few common periods for a correlation (%2 of 6)
</source>
        <translation>  impulsado por %1: muy pocos periodos en común para una correlación (%2 de 6)
</translation>
    </message>
    <message>
        <source>  %1: %2, trend %3
</source>
        <extracomment>%1: the target (or &quot;no target&quot;); %2: the status (&quot;On track&quot;); %3: the trend (&quot;rising&quot;, &quot;unknown&quot;)</extracomment>
        <translation>  %1: %2, tendencia %3
</translation>
    </message>
</context>
<context>
    <name>cx::MetricsView</name>
    <message>
        <source>Strategic</source>
        <translation>Estratégica</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativa</translation>
    </message>
    <message>
        <source>Tactical</source>
        <translation>Táctica</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mejor cuanto más alto</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mejor cuanto más bajo</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) − % detractors (0–6) per %1, from %2 responses</source>
        <translation>NPS: % promotores (9–10) − % detractores (0–6) por %1, a partir de %2 respuestas</translation>
    </message>
    <message>
        <source>CSAT: share of answers 4–5 on 1–5 per %1, from %2 responses</source>
        <translation>CSAT: proporción de respuestas 4–5 en una escala de 1–5 por %1, a partir de %2 respuestas</translation>
    </message>
    <message>
        <source>CES: mean effort per %1, from %2 responses</source>
        <translation>CES: esfuerzo medio por %1, a partir de %2 respuestas</translation>
    </message>
    <message>
        <source>mean of the responses in each %1, from %2 responses</source>
        <translation>media de las respuestas de cada %1, a partir de %2 respuestas</translation>
    </message>
    <message>
        <source>; a %1 without responses takes the mean of its measurements</source>
        <translation>; un periodo (%1) sin respuestas toma la media de sus mediciones</translation>
    </message>
    <message>
        <source>no measurements yet: add them below or paste them from a spreadsheet</source>
        <translation>aún no hay mediciones: añádalas abajo o péguelas desde una hoja de cálculo</translation>
    </message>
    <message numerus="yes">
        <source>mean of the measurements in each %1, from %n measurement(s)</source>
        <translation>
            <numerusform>media de las mediciones de cada %1, a partir de %n medición</numerusform>
            <numerusform>media de las mediciones de cada %1, a partir de %n mediciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n métrica</numerusform>
            <numerusform>%n métricas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching: %1 of %n metric(s)</source>
        <translation>
            <numerusform>Coincidencias: %1 de %n métrica</numerusform>
            <numerusform>Coincidencias: %1 de %n métricas</numerusform>
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
        <translation>El portapapeles está vacío.</translation>
    </message>
    <message>
        <source>The moments on the clipboard cannot be read (%1).</source>
        <translation>No se pueden leer los momentos del portapapeles (%1).</translation>
    </message>
    <message>
        <source>The clipboard holds %1 moments; paste up to %2 at once.</source>
        <translation>El portapapeles contiene %1 momentos; pegue como máximo %2 a la vez.</translation>
    </message>
    <message>
        <source>The clipboard holds no moments.</source>
        <translation>El portapapeles no contiene momentos.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 lines; paste up to %1 at once.</source>
        <translation>El portapapeles contiene más de %1 líneas; pegue como máximo %1 a la vez.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>El portapapeles no contiene texto que pegar.</translation>
    </message>
</context>
<context>
    <name>cx::MomentMatcher</name>
    <message>
        <source>no moment has the id or title “%1”</source>
        <translation>ningún momento tiene el id o el título «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) have the title “%1”; name the moment by its id</source>
        <translation>
            <numerusform>%n momento tiene el título «%1»; identifique el momento por su id</numerusform>
            <numerusform>%n momentos tienen el título «%1»; identifique el momento por su id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::MomentsCsv</name>
    <message>
        <source>line %1: a quote inside an unquoted field.</source>
        <translation>línea %1: unas comillas dentro de un campo sin comillas.</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote.</source>
        <translation>línea %1: texto después de unas comillas de cierre.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed.</source>
        <translation>línea %1: un campo entre comillas no está cerrado.</translation>
    </message>
</context>
<context>
    <name>cx::NodeCodec</name>
    <message>
        <source>it was written by a newer CX Atlas (codec version %1)</source>
        <translation>lo escribió una versión más reciente de CX Atlas (versión de códec %1)</translation>
    </message>
    <message>
        <source>codec version 0 does not exist</source>
        <translation>la versión de códec 0 no existe</translation>
    </message>
    <message>
        <source>“%1” is not an architecture kind</source>
        <translation>«%1» no es un tipo de la arquitectura CX</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>tipo desconocido %1</translation>
    </message>
    <message>
        <source>it is not a CX Atlas record</source>
        <translation>no es un registro de CX Atlas</translation>
    </message>
    <message>
        <source>The record cannot be read: %1.</source>
        <translation>El registro no se puede leer: %1.</translation>
    </message>
    <message>
        <source>The record is damaged: %1.</source>
        <translation>El registro está dañado: %1.</translation>
    </message>
    <message>
        <source>The change set cannot be read: %1.</source>
        <translation>El conjunto de cambios no se puede leer: %1.</translation>
    </message>
    <message>
        <source>The change set is damaged: %1.</source>
        <translation>El conjunto de cambios está dañado: %1.</translation>
    </message>
    <message>
        <source>it is not a CX Atlas change set</source>
        <translation>no es un conjunto de cambios de CX Atlas</translation>
    </message>
    <message>
        <source>record %1 has an unknown form %2</source>
        <translation>el registro %1 tiene una forma desconocida %2</translation>
    </message>
    <message>
        <source>Record %1 of the change set is damaged: %2.</source>
        <translation>El registro %1 del conjunto de cambios está dañado: %2.</translation>
    </message>
</context>
<context>
    <name>cx::NodeStreamReader</name>
    <message numerus="yes">
        <source>%n unexpected byte(s) after its end</source>
        <translation>
            <numerusform>%n byte inesperado tras su final</numerusform>
            <numerusform>%n bytes inesperados tras su final</numerusform>
        </translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>termina demasiado pronto</translation>
    </message>
    <message>
        <source>%1 is not a yes or no</source>
        <translation>%1 no es ni sí ni no</translation>
    </message>
    <message>
        <source>a text of %1 characters is too long</source>
        <translation>un texto de %1 caracteres es demasiado largo</translation>
    </message>
    <message>
        <source>a field of %1 bytes is too long</source>
        <translation>un campo de %1 bytes es demasiado largo</translation>
    </message>
    <message>
        <source>day %1 is not a date</source>
        <translation>el día %1 no es una fecha</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 no es una hora</translation>
    </message>
    <message numerus="yes">
        <source>it claims %1 items but only %n byte(s) follow</source>
        <translation>
            <numerusform>indica %1 elementos, pero solo sigue %n byte</numerusform>
            <numerusform>indica %1 elementos, pero solo siguen %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown value “%1”</source>
        <translation>valor desconocido «%1»</translation>
    </message>
</context>
<context>
    <name>cx::ParticipantListModel</name>
    <message>
        <source>Anonymous %1</source>
        <translation>Anónimo %1</translation>
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
        <translation>Solo este equipo (para una prueba)</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Abra primero un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Open a journey first: participants vote and add notes on the journey the map shows.</source>
        <translation>Abra primero un recorrido: los participantes votan y añaden notas en el recorrido que muestra el mapa.</translation>
    </message>
    <message>
        <source>Choose the network participants are on.</source>
        <translation>Elija la red de los participantes.</translation>
    </message>
    <message>
        <source>No session runs.</source>
        <translation>No hay ninguna sesión en curso.</translation>
    </message>
</context>
<context>
    <name>cx::PdfExport</name>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>Primero los objetivos estratégicos, con las métricas que los impulsan sangradas debajo. Último: el valor más reciente con datos (un valor por %1). Muestra: n y el intervalo del 95% cuando los valores proceden de respuestas de encuesta; si no, el número de mediciones. El estado compara el último valor con el objetivo; la tendencia es la pendiente de los seis últimos valores, al alza o a la baja solo cuando se distingue claramente del ruido.</translation>
    </message>
    <message>
        <source>Cycles: metrics that drive each other round in a circle</source>
        <translation>Ciclos: métricas que se impulsan unas a otras en círculo</translation>
    </message>
    <message>
        <source>Cycle: %1</source>
        <translation>Ciclo: %1</translation>
    </message>
    <message>
        <source>↻ cycle: it drives %1, above it in this branch</source>
        <translation>↻ ciclo: impulsa a %1, que está por encima en esta rama</translation>
    </message>
    <message>
        <source>◆ also under %1</source>
        <translation>◆ también bajo %1</translation>
    </message>
    <message>
        <source>what drives it is shown at its first place above</source>
        <translation>lo que la impulsa se muestra en su primera aparición, más arriba</translation>
    </message>
    <message>
        <source>leads to no strategic goal</source>
        <translation>no lleva a ningún objetivo estratégico</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>95%: %1 to %2</source>
        <translation>95%: de %1 a %2</translation>
    </message>
    <message>
        <source>small sample</source>
        <translation>muestra pequeña</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n medición</numerusform>
            <numerusform>%n mediciones</numerusform>
        </translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation>aún sin valores</translation>
    </message>
    <message>
        <source>No values yet, so no chart</source>
        <translation>Aún no hay valores, así que no hay gráfico</translation>
    </message>
    <message>
        <source>%1: no values yet · target %2 · add measurements or import survey responses</source>
        <translation>%1: aún sin valores · objetivo %2 · añada mediciones o importe respuestas de encuesta</translation>
    </message>
    <message>
        <source>For each Drives link, Pearson&apos;s r between the driver&apos;s and the driven metric&apos;s values over the %1 both have, and p, the two-sided p-value of r ≠ 0; a figure needs at least %2 common %1. A correlation, not a cause: two metrics can move together for other reasons.</source>
        <translation>Para cada vínculo «impulsa», la r de Pearson entre los valores del impulsor y los de la métrica impulsada en los periodos (%1) que ambas tienen, y p, el valor p bilateral de r ≠ 0; una cifra requiere al menos %2 %1 en común. Una correlación, no una causa: dos métricas pueden moverse juntas por otras razones.</translation>
    </message>
    <message>
        <source>No metric drives another: link metrics with Drives to see how they move together.</source>
        <translation>Ninguna métrica impulsa a otra: vincule métricas con «impulsa» para ver cómo evolucionan juntas.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>correlation, not cause</source>
        <translation>correlación, no causa</translation>
    </message>
    <message>
        <source>too few periods (%1 of %2)</source>
        <translation>muy pocos periodos (%1 de %2)</translation>
    </message>
    <message>
        <source>no figure: a metric does not vary over these %1</source>
        <translation>sin cifra: una métrica no varía en estos periodos (%1)</translation>
    </message>
    <message>
        <source>&lt; 0.001</source>
        <translation>&lt; 0,001</translation>
    </message>
    <message>
        <source>… under %1</source>
        <translation>… bajo %1</translation>
    </message>
    <message>
        <source>Metrics: hierarchy and status</source>
        <translation>Métricas: jerarquía y estado</translation>
    </message>
    <message>
        <source>Metrics: trends by %1</source>
        <extracomment>%1: the length of the periods: &quot;week&quot;, &quot;month&quot; or &quot;quarter&quot;</extracomment>
        <translation>Métricas: tendencias por %1</translation>
    </message>
    <message>
        <source>Metrics: drivers (correlation, not cause)</source>
        <translation>Métricas: impulsores (correlación, no causa)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Driver → driven</source>
        <translation>Impulsor → impulsada</translation>
    </message>
    <message>
        <source>Common %1</source>
        <translation>%1 en común</translation>
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
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Nothing to export: the parts chosen have no pages for this workspace.</source>
        <translation>Nada que exportar: las partes elegidas no tienen páginas para este espacio de trabajo.</translation>
    </message>
    <message>
        <source>An empty part name in “%1”: use %2, separated by commas.</source>
        <translation>Un nombre de parte vacío en «%1»: use %2, separados por comas.</translation>
    </message>
    <message>
        <source>Unknown part “%1”: use %2.</source>
        <translation>Parte desconocida «%1»: use %2.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”: use A4, A3, Letter or Tabloid.</source>
        <translation>Tamaño de página desconocido «%1»: use A4, A3, Letter o Tabloid.</translation>
    </message>
    <message>
        <source>Unknown orientation “%1”: use portrait or landscape.</source>
        <translation>Orientación desconocida «%1»: use portrait o landscape.</translation>
    </message>
    <message>
        <source>Unknown journey layout “%1”: use fit (one page each) or tile.</source>
        <translation>Disposición de recorrido desconocida «%1»: use fit (una página cada uno) o tile.</translation>
    </message>
    <message>
        <source>The tile scale must be between 0.05 and 10 points per unit.</source>
        <translation>La escala del mosaico debe estar entre 0,05 y 10 puntos por unidad.</translation>
    </message>
    <message>
        <source>The tile overlap must be between 0 and 144 points.</source>
        <translation>La superposición del mosaico debe estar entre 0 y 144 puntos.</translation>
    </message>
    <message>
        <source>There is no journey with id %1 in this workspace.</source>
        <translation>No hay ningún recorrido con el id %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Nothing to export: choose at least one part of the document.</source>
        <translation>Nada que exportar: elija al menos una parte del documento.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a PDF in %1.</source>
        <translation>No se puede iniciar un PDF en %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Se canceló la exportación; no se escribió %1.</translation>
    </message>
    <message>
        <source>The preview width must be between 1 and 8000 pixels.</source>
        <translation>El ancho de la vista previa debe estar entre 1 y 8000 píxeles.</translation>
    </message>
    <message>
        <source>CX Atlas workspace</source>
        <translation>Espacio de trabajo de CX Atlas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Recorrido: %1</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Summary: gaps, metrics, elements, insights and opportunities</source>
        <translation>Resumen: brechas, métricas, elementos, hallazgos y oportunidades</translation>
    </message>
    <message numerus="yes">
        <source> (%n pages)</source>
        <translation>
            <numerusform> (%n página)</numerusform>
            <numerusform> (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>CX architecture: %1</source>
        <translation>Arquitectura CX: %1</translation>
    </message>
    <message>
        <source>: no linked stories, services, systems, processes, data or metrics</source>
        <translation>: sin historias, servicios, sistemas, procesos, datos ni métricas vinculados</translation>
    </message>
    <message>
        <source>Workshop results: %1 (%2)</source>
        <translation>Resultados del taller: %1 (%2)</translation>
    </message>
    <message>
        <source>Voting round “%1” on %2: still running, no results yet</source>
        <translation>Ronda de votación «%1» en %2: aún en marcha, todavía sin resultados</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3 × %4 pages)</source>
        <translation>fila %1, columna %2 (%3 × %4 páginas)</translation>
    </message>
    <message>
        <source> (future state)</source>
        <translation> (estado futuro)</translation>
    </message>
    <message>
        <source> (current state)</source>
        <translation> (estado actual)</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>%1 personas · %2 journeys · %3 moments · %4 architecture elements · %5 metrics</source>
        <translation>%1 personas · %2 recorridos · %3 momentos · %4 elementos de arquitectura · %5 métricas</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>→ col. %1</source>
        <translation>→ col. %1</translation>
    </message>
    <message>
        <source>↓ row %1</source>
        <translation>↓ fila %1</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>moment %1 of the %2 with links</source>
        <translation>momento %1 de los %2 con vínculos</translation>
    </message>
    <message>
        <source>moments %1–%2 of the %3 with links</source>
        <translation>momentos %1–%2 de los %3 con vínculos</translation>
    </message>
    <message numerus="yes">
        <source>; %n without links not shown</source>
        <translation>
            <numerusform>; no se muestra %n sin vínculos</numerusform>
            <numerusform>; no se muestran %n sin vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Summary (continued)</source>
        <translation>Resumen (continuación)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Brechas</translation>
    </message>
    <message>
        <source>No gaps: every moment that matters is measured, owned and supported.</source>
        <translation>Sin brechas: todos los momentos de la verdad están medidos, tienen responsable y cuentan con soporte.</translation>
    </message>
    <message>
        <source>Metrics, from strategic goals down to what drives them</source>
        <translation>Métricas, de los objetivos estratégicos hacia abajo hasta lo que los impulsa</translation>
    </message>
    <message>
        <source>No metrics yet.</source>
        <translation>Aún no hay métricas.</translation>
    </message>
    <message>
        <source>latest %1%2 (%3)</source>
        <translation>último valor %1%2 (%3)</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>Architecture elements, and what uses them</source>
        <translation>Elementos de arquitectura y qué los usa</translation>
    </message>
    <message>
        <source>No stories, experiences, services, systems, processes or data yet.</source>
        <translation>Aún no hay historias, experiencias, servicios, sistemas, procesos ni datos.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <source>value %1, rank %2 of %3 systems and processes</source>
        <translation>valor %1, puesto %2 de %3 sistemas y procesos</translation>
    </message>
    <message numerus="yes">
        <source>used by %n moment(s): %1</source>
        <translation>
            <numerusform>usado por %n momento: %1</numerusform>
            <numerusform>usado por %n momentos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) depend on it: %1</source>
        <translation>
            <numerusform>%n elemento depende de él: %1</numerusform>
            <numerusform>%n elementos dependen de él: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing uses it</source>
        <translation>nada lo usa</translation>
    </message>
    <message>
        <source>Insights, by the value of the moments they explain</source>
        <translation>Hallazgos, según el valor de los momentos que explican</translation>
    </message>
    <message>
        <source>No insights yet.</source>
        <translation>Aún no hay hallazgos.</translation>
    </message>
    <message numerus="yes">
        <source>explains %n moment(s), value %1</source>
        <translation>
            <numerusform>explica %n momento, valor %1</numerusform>
            <numerusform>explica %n momentos, valor %1</numerusform>
        </translation>
    </message>
    <message>
        <source>explains no moment yet</source>
        <translation>aún no explica ningún momento</translation>
    </message>
    <message>
        <source>Opportunities, ranked by impact × value ÷ effort</source>
        <translation>Oportunidades, clasificadas por impacto × valor ÷ esfuerzo</translation>
    </message>
    <message>
        <source>No opportunities yet.</source>
        <translation>Aún no hay oportunidades.</translation>
    </message>
    <message numerus="yes">
        <source>score %1 · impact %2 · effort %3 · improves %n moment(s), value %4</source>
        <translation>
            <numerusform>puntuación %1 · impacto %2 · esfuerzo %3 · mejora %n momento, valor %4</numerusform>
            <numerusform>puntuación %1 · impacto %2 · esfuerzo %3 · mejora %n momentos, valor %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · trend %2</source>
        <translation>%1 · tendencia %2</translation>
    </message>
    <message>
        <source> · in %1</source>
        <translation> · en %1</translation>
    </message>
    <message>
        <source>value per %1</source>
        <extracomment>%1: the length of the periods: &quot;week&quot;, &quot;month&quot; or &quot;quarter&quot;</extracomment>
        <translation>valor por %1</translation>
    </message>
    <message>
        <source>small sample (under 30 responses)</source>
        <translation>muestra pequeña (menos de 30 respuestas)</translation>
    </message>
    <message>
        <source>95% interval (survey responses)</source>
        <translation>intervalo del 95% (respuestas de encuesta)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>al alza</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>a la baja</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1, %2–%3 UTC</source>
        <translation>%1, %2–%3 UTC</translation>
    </message>
    <message>
        <source>%1, %2 UTC to %3, %4 UTC</source>
        <translation>%1, %2 UTC a %3, %4 UTC</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>moment that matters</source>
        <translation>momento de la verdad</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per participant</source>
        <translation>
            <numerusform>%n punto por participante</numerusform>
            <numerusform>%n puntos por participante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous participant(s)</source>
        <translation>
            <numerusform>%n participante anónimo</numerusform>
            <numerusform>%n participantes anónimos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voted</source>
        <translation>
            <numerusform>%n votó</numerusform>
            <numerusform>%n votaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) given</source>
        <translation>
            <numerusform>%1 de %n punto dado</numerusform>
            <numerusform>%1 de %n puntos dados</numerusform>
        </translation>
    </message>
    <message>
        <source>the tally was hidden until the round ended</source>
        <translation>el recuento estuvo oculto hasta que terminó la ronda</translation>
    </message>
    <message>
        <source>None of the ranked moments is marked as a moment that matters.</source>
        <translation>Ninguno de los momentos clasificados está marcado como momento de la verdad.</translation>
    </message>
    <message>
        <source>Marked as moments that matter: %1.</source>
        <translation>Marcados como momentos de la verdad: %1.</translation>
    </message>
    <message>
        <source>Moments by dots</source>
        <translation>Momentos por puntos</translation>
    </message>
    <message>
        <source>No dots were given in this round.</source>
        <translation>No se dieron puntos en esta ronda.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Nobody was named or seated in this round.</source>
        <translation>En esta ronda no hubo participantes nombrados ni contados.</translation>
    </message>
    <message>
        <source>Workshop results: %1</source>
        <translation>Resultados del taller: %1</translation>
    </message>
    <message>
        <source>Workshop results: %1 (continued)</source>
        <translation>Resultados del taller: %1 (continuación)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>cx::PersonaDiff</name>
    <message>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Máximo</translation>
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
        <translation>PNG o JPEG, de hasta %1 MB y %2 megapíxeles; se guarda con un máximo de %3 píxeles de ancho o de alto.</translation>
    </message>
    <message>
        <source>Drop a PNG or JPEG file from this computer to use it as the photo.</source>
        <translation>Suelte un archivo PNG o JPEG de este equipo para usarlo como foto.</translation>
    </message>
</context>
<context>
    <name>cx::PersonaEdits</name>
    <message>
        <source>There is no persona %1 in this workspace.</source>
        <translation>No hay ninguna persona %1 en este espacio de trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>There is no item %1 in a list of %n item(s).</source>
        <translation>
            <numerusform>No hay ningún elemento %1 en una lista de %n elemento.</numerusform>
            <numerusform>No hay ningún elemento %1 en una lista de %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>“%1” is not a colour (#rrggbb).</source>
        <translation>«%1» no es un color (#rrggbb).</translation>
    </message>
    <message>
        <source>That field of a persona cannot be set this way.</source>
        <translation>Ese campo de una persona no se puede establecer de esta forma.</translation>
    </message>
    <message>
        <source>Say what changed in persona “%1” to record a revision.</source>
        <translation>Indique qué cambió en la persona «%1» para registrar una revisión.</translation>
    </message>
    <message>
        <source>it has no revision %1.</source>
        <translation>no tiene ninguna revisión %1.</translation>
    </message>
    <message>
        <source>Cannot restore persona “%1”: %2</source>
        <translation>No se puede restaurar la persona «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a status.</source>
        <extracomment>%1: the value given; a persona&apos;s status is &quot;hypothesis&quot; or &quot;validated&quot;</extracomment>
        <translation>«%1» no es un estado válido.</translation>
    </message>
    <message>
        <source>“%1” is not a value tier.</source>
        <extracomment>%1: the value given; a persona&apos;s value tier is low, medium, high or top</extracomment>
        <translation>«%1» no es un nivel de valor válido.</translation>
    </message>
</context>
<context>
    <name>cx::PersonaPhoto</name>
    <message>
        <source>%1: %2 The photo was not changed.</source>
        <translation>%1: %2 La foto no se ha cambiado.</translation>
    </message>
    <message>
        <source>the file is %1 MB; a photo may be at most %2 MB.</source>
        <translation>el archivo ocupa %1 MB; una foto puede ocupar como máximo %2 MB.</translation>
    </message>
    <message>
        <source>this is not a PNG or JPEG image.</source>
        <translation>no es una imagen PNG ni JPEG.</translation>
    </message>
    <message>
        <source>the image is damaged: its PNG data runs past the end of the file.</source>
        <translation>la imagen está dañada: sus datos PNG van más allá del final del archivo.</translation>
    </message>
    <message>
        <source>the image is damaged: its size cannot be read.</source>
        <translation>la imagen está dañada: no se puede leer su tamaño.</translation>
    </message>
    <message>
        <source>the image is %1 × %2 pixels (%3 megapixels); a photo may have at most %4 megapixels.</source>
        <translation>la imagen mide %1 × %2 píxeles (%3 megapíxeles); una foto puede tener como máximo %4 megapíxeles.</translation>
    </message>
    <message>
        <source>the image is damaged: the JPEG data ends too early.</source>
        <translation>la imagen está dañada: los datos JPEG terminan antes de tiempo.</translation>
    </message>
    <message>
        <source>the image is damaged: %1.</source>
        <translation>la imagen está dañada: %1.</translation>
    </message>
    <message>
        <source>the photo could not be encoded again: %1.</source>
        <translation>no se pudo volver a codificar la foto: %1.</translation>
    </message>
    <message>
        <source>%1: there is no such file. The photo was not changed.</source>
        <translation>%1: no existe ese archivo. La foto no se ha cambiado.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; a photo may be at most %3 MB. The photo was not changed.</source>
        <translation>%1: el archivo ocupa %2 MB; una foto puede ocupar como máximo %3 MB. La foto no se ha cambiado.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2). The photo was not changed.</source>
        <translation>%1: no se puede leer (%2). La foto no se ha cambiado.</translation>
    </message>
</context>
<context>
    <name>cx::PersonaSheetLayout</name>
    <message>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Máximo</translation>
    </message>
</context>
<context>
    <name>cx::PersonaSnapshot</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Need state</source>
        <translation>Estado de necesidad</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Nivel de valor</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustraciones</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Comportamientos</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canales preferidos</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Datos demográficos</translation>
    </message>
    <message>
        <source>Psychographics</source>
        <translation>Datos psicográficos</translation>
    </message>
    <message>
        <source>Field notes</source>
        <translation>Notas de campo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>This revision holds no snapshot of the persona&apos;s fields.</source>
        <translation>Esta revisión no contiene ninguna instantánea de los campos de la persona.</translation>
    </message>
    <message>
        <source>This revision&apos;s snapshot is damaged (at character %1: %2).</source>
        <translation>La instantánea de esta revisión está dañada (en el carácter %1: %2).</translation>
    </message>
</context>
<context>
    <name>cx::Preferences</name>
    <message>
        <source>Unnamed workspaces cannot live in “%1”: the folder cannot be written to.</source>
        <translation>Los espacios de trabajo sin nombre no pueden guardarse en «%1»: no se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>cx::PresenceModel</name>
    <message>
        <source>%1, on the journey “%2”</source>
        <translation>%1, en el recorrido «%2»</translation>
    </message>
    <message>
        <source>Nobody else has this workspace open</source>
        <translation>Nadie más tiene abierto este espacio de trabajo</translation>
    </message>
    <message>
        <source>Also here: %1</source>
        <translation>También aquí: %1</translation>
    </message>
</context>
<context>
    <name>cx::PresentationController</name>
    <message>
        <source>Research-based</source>
        <translation>Basado en investigación</translation>
    </message>
    <message>
        <source>Partly backed</source>
        <translation>Parcialmente respaldado</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
</context>
<context>
    <name>cx::QrCode</name>
    <message>
        <source>There is no address to make a QR code of.</source>
        <translation>No hay ninguna dirección de la que hacer un código QR.</translation>
    </message>
    <message>
        <source>The address cannot be made into a QR code: it contains a NUL character.</source>
        <translation>La dirección no se puede convertir en un código QR: contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code (%1 bytes; a QR code at error correction level M holds at most 2,331).</source>
        <translation>La dirección es demasiado larga para un código QR (%1 bytes; un código QR con nivel de corrección de errores M admite como máximo 2.331).</translation>
    </message>
    <message>
        <source>The QR code could not be made (%1).</source>
        <translation>No se pudo crear el código QR (%1).</translation>
    </message>
</context>
<context>
    <name>cx::RecentFiles</name>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>cx::ResponseChanges</name>
    <message>
        <source>The metric to import responses into does not exist.</source>
        <translation>La métrica en la que importar las respuestas no existe.</translation>
    </message>
    <message>
        <source>“%1” has no responses to import into “%2”.</source>
        <translation>«%1» no tiene respuestas que importar en «%2».</translation>
    </message>
    <message>
        <source>“%1” holds responses on the %2 scale (from “%3”); these are on the %4 scale. Import them into another metric, or remove the earlier import first.</source>
        <extracomment>%1: a metric; %2, %4: survey answer scales with their ranges, e.g. &quot;nps (0–10)&quot;; %3: a file</extracomment>
        <translation>«%1» contiene respuestas en la escala %2 (de «%3»); estas están en la escala %4. Impórtelas en otra métrica o quite antes la importación anterior.</translation>
    </message>
    <message>
        <source>That import of survey responses does not exist.</source>
        <translation>Esa importación de respuestas de encuesta no existe.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n response(s) into “%1”</source>
        <translation>
            <numerusform>Importar %n respuesta en «%1»</numerusform>
            <numerusform>Importar %n respuestas en «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>No metric has the id or title “%1”.</source>
        <translation>Ninguna métrica tiene el id o el título «%1».</translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n metric(s); give one of their ids:
  %2</source>
        <translation>
            <numerusform>«%1» designa %n métrica; indique uno de sus ids:
  %2</numerusform>
            <numerusform>«%1» designa %n métricas; indique uno de sus ids:
  %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ResponseImportController</name>
    <message>
        <source>custom %1–%2</source>
        <translation>personalizada %1–%2</translation>
    </message>
    <message>
        <source>“%1” holds responses on the %2 scale already; these must be on it too.</source>
        <translation>«%1» ya contiene respuestas en la escala %2; estas también deben estar en ella.</translation>
    </message>
    <message>
        <source>Open a workspace you can edit to import responses into it.</source>
        <translation>Abra un espacio de trabajo que pueda editar para importar respuestas en él.</translation>
    </message>
    <message>
        <source>The workspace has no metric to import responses into; add one first.</source>
        <translation>El espacio de trabajo no tiene ninguna métrica en la que importar respuestas; añada una primero.</translation>
    </message>
    <message>
        <source>Choose a file of survey responses.</source>
        <translation>Elija un archivo de respuestas de encuesta.</translation>
    </message>
    <message>
        <source>Choose the metric these responses are for.</source>
        <translation>Elija la métrica a la que corresponden estas respuestas.</translation>
    </message>
    <message>
        <source>The file has a header but no responses.</source>
        <translation>El archivo tiene encabezado pero ninguna respuesta.</translation>
    </message>
    <message>
        <source>None of the rows can be imported; see the bad rows for why.</source>
        <translation>No se puede importar ninguna fila; consulte las filas erróneas para ver el motivo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are bad, so nothing will be imported: fix them in the file and choose it again, or skip them.</source>
        <translation>
            <numerusform>%Ln fila es errónea, así que no se importará nada: corríjala en el archivo y vuelva a elegirlo, u omítala.</numerusform>
            <numerusform>%Ln filas son erróneas, así que no se importará nada: corríjalas en el archivo y vuelva a elegirlo, u omítalas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s), all good</source>
        <translation>
            <numerusform>%Ln respuesta, todo correcto</numerusform>
            <numerusform>%Ln respuestas, todas correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 good and %2 bad of %Ln row(s)</source>
        <translation>
            <numerusform>%1 correctas y %2 erróneas de %Ln fila</numerusform>
            <numerusform>%1 correctas y %2 erróneas de %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>Choose a file of survey responses, and wait for it to be read.</source>
        <translation>Elija un archivo de respuestas de encuesta y espere a que se lea.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are bad; nothing was imported. Fix them in the file, or skip them.</source>
        <translation>
            <numerusform>%Ln fila es errónea; no se importó nada. Corríjala en el archivo u omítala.</numerusform>
            <numerusform>%Ln filas son erróneas; no se importó nada. Corríjalas en el archivo u omítalas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ResponseReader</name>
    <message>
        <source>no moment is called “%1”</source>
        <translation>ningún momento se llama «%1»</translation>
    </message>
    <message>
        <source>too few fields: %1, but the chosen columns need %2</source>
        <translation>muy pocos campos: %1, pero las columnas elegidas necesitan %2</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>falta la fecha</translation>
    </message>
    <message>
        <source>the date “%1” is not in a known format (2026-08-14, 14.08.2026, 8/14/2026…)</source>
        <translation>la fecha «%1» no tiene un formato conocido (2026-08-14, 14.08.2026, 8/14/2026…)</translation>
    </message>
    <message>
        <source>the date “%1” is no day of the calendar</source>
        <translation>la fecha «%1» no es un día del calendario</translation>
    </message>
    <message>
        <source>the score is missing</source>
        <translation>falta la puntuación</translation>
    </message>
    <message>
        <source>the score “%1” is not a number</source>
        <translation>la puntuación «%1» no es un número</translation>
    </message>
    <message>
        <source>the score %1 is outside %2–%3</source>
        <translation>la puntuación %1 está fuera de %2–%3</translation>
    </message>
    <message>
        <source>the score %1 is not a whole number, as %2 scores are</source>
        <translation>la puntuación %1 no es un número entero, como lo son las puntuaciones %2</translation>
    </message>
    <message>
        <source>the date “%1” can only be month/day (M/d/yyyy), but most slash dates in this column are day/month (d/M/yyyy)</source>
        <translation>la fecha «%1» solo puede ser mes/día (M/d/aaaa), pero la mayoría de las fechas con barras de esta columna son día/mes (d/M/aaaa)</translation>
    </message>
    <message>
        <source>the date “%1” can only be day/month (d/M/yyyy), but most slash dates in this column are month/day (M/d/yyyy)</source>
        <translation>la fecha «%1» solo puede ser día/mes (d/M/aaaa), pero la mayoría de las fechas con barras de esta columna son mes/día (M/d/aaaa)</translation>
    </message>
    <message>
        <source>the date “%1” is ambiguous: day/month or month/day, and no slash date in this column has a part over 12 to decide</source>
        <translation>la fecha «%1» es ambigua: día/mes o mes/día, y ninguna fecha con barras de esta columna tiene una parte mayor que 12 que lo decida</translation>
    </message>
    <message>
        <source>the date “%1” is a slash date, and this column has as many that can only be day/month as that can only be month/day, so their order is unknown</source>
        <translation>la fecha «%1» es una fecha con barras, y esta columna tiene tantas que solo pueden ser día/mes como que solo pueden ser mes/día, así que su orden es desconocido</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line.</source>
        <translation>%1 está vacío: no hay línea de encabezado.</translation>
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
        <translation>Escala personalizada</translation>
    </message>
    <message>
        <source>%1: no column is chosen for the date.</source>
        <translation>%1: no se ha elegido ninguna columna para la fecha.</translation>
    </message>
    <message>
        <source>%1: no column is chosen for the score.</source>
        <translation>%1: no se ha elegido ninguna columna para la puntuación.</translation>
    </message>
    <message>
        <source>The scale %1–%2 holds no scores.</source>
        <translation>La escala %1–%2 no contiene puntuaciones.</translation>
    </message>
    <message>
        <source>%1: a moment column is chosen without a way to find moments.</source>
        <translation>%1: se eligió una columna de momento sin una forma de encontrar los momentos.</translation>
    </message>
    <message>
        <source>%1: there is no column %2; the header&apos;s last column is %3.</source>
        <translation>%1: no existe la columna %2; la última columna del encabezado es la %3.</translation>
    </message>
</context>
<context>
    <name>cx::Rules</name>
    <message>
        <source>Cannot link %1 to %2: %3 does not exist in this workspace.</source>
        <translation>No se puede vincular %1 con %2: %3 no existe en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 cannot be linked to itself.</source>
        <translation>No se puede vincular un elemento consigo mismo: %1.</translation>
    </message>
    <message>
        <source>A %1 cannot be linked to a %2 with the relation “%3”.</source>
        <extracomment>%1, %2: kinds of record (&quot;story&quot;, &quot;system&quot;); %3: a relation (&quot;uses&quot;)</extracomment>
        <translation>No se puede vincular %1 con %2 mediante la relación «%3».</translation>
    </message>
    <message>
        <source>%1 is already linked to %2 (“%3”).</source>
        <extracomment>%1, %2: records, e.g. &quot;story “Card management”&quot;; %3: the relation, e.g. &quot;uses&quot;</extracomment>
        <translation>Ya existe un vínculo entre %1 y %2 («%3»).</translation>
    </message>
    <message>
        <source>%1 cannot open the journey it belongs to.</source>
        <translation>%1 no puede abrir el recorrido al que pertenece.</translation>
    </message>
    <message>
        <source>%1 already opens %2; unlink that journey first.</source>
        <translation>%1 ya abre %2; desvincule antes ese recorrido.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <extracomment>%1: the kind of record (&quot;story&quot;), %2: its title, %3: what is wrong with it</extracomment>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>it has no id.</source>
        <translation>no tiene id.</translation>
    </message>
    <message>
        <source>its width must be between 0 and %1.</source>
        <translation>su ancho debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>its height must be between 0 and %1.</source>
        <translation>su alto debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>its stage is not a stage of its journey.</source>
        <translation>su etapa no es una etapa de su recorrido.</translation>
    </message>
    <message>
        <source>its lane is not a lane of its journey.</source>
        <translation>su carril no es un carril de su recorrido.</translation>
    </message>
    <message>
        <source>the emotion score must be between -2 and +2.</source>
        <translation>la puntuación emocional debe estar entre -2 y +2.</translation>
    </message>
    <message>
        <source>its emotion scores must name each persona once, in order.</source>
        <translation>sus puntuaciones emocionales deben indicar cada persona una vez, en orden.</translation>
    </message>
    <message>
        <source>an emotion score names a persona that does not exist.</source>
        <translation>una puntuación emocional indica una persona que no existe.</translation>
    </message>
    <message>
        <source>importance must be between 1 and 5.</source>
        <translation>la importancia debe estar entre 1 y 5.</translation>
    </message>
    <message>
        <source>the colour must be written #rrggbb.</source>
        <translation>el color debe escribirse como #rrggbb.</translation>
    </message>
    <message>
        <source>an element must be a story, experience, service, system, process or data.</source>
        <translation>un elemento debe ser una historia, experiencia, servicio, sistema, proceso o datos.</translation>
    </message>
    <message>
        <source>impact and effort must be between 1 and 5.</source>
        <translation>el impacto y el esfuerzo deben estar entre 1 y 5.</translation>
    </message>
    <message>
        <source>the vote is for a moment that does not exist.</source>
        <translation>el voto es para un momento que no existe.</translation>
    </message>
    <message>
        <source>the vote is in a voting round that does not exist.</source>
        <translation>el voto pertenece a una ronda de votación que no existe.</translation>
    </message>
    <message>
        <source>the vote is for a moment of another journey than its round&apos;s.</source>
        <translation>el voto es para un momento de un recorrido distinto al de su ronda.</translation>
    </message>
    <message>
        <source>“%1” is not a participant of the round.</source>
        <translation>«%1» no es un participante de la ronda.</translation>
    </message>
    <message>
        <source>a vote needs at least one dot.</source>
        <translation>un voto necesita al menos un punto.</translation>
    </message>
    <message>
        <source>its journey does not exist.</source>
        <translation>su recorrido no existe.</translation>
    </message>
    <message>
        <source>dots per participant must be between %1 and %2.</source>
        <translation>los puntos por participante deben estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>an anonymous round needs between 1 and %1 participants.</source>
        <translation>una ronda anónima necesita entre 1 y %1 participantes.</translation>
    </message>
    <message>
        <source>a round names its participants or counts them, not both.</source>
        <translation>una ronda nombra a sus participantes o los cuenta, no ambas cosas.</translation>
    </message>
    <message>
        <source>a participant needs a name without spaces around it.</source>
        <translation>un participante necesita un nombre sin espacios alrededor.</translation>
    </message>
    <message>
        <source>“%1” is named twice.</source>
        <translation>«%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>it has no start time.</source>
        <translation>no tiene hora de inicio.</translation>
    </message>
    <message>
        <source>it ends before it starts.</source>
        <translation>termina antes de empezar.</translation>
    </message>
    <message>
        <source>its metric does not exist.</source>
        <translation>su métrica no existe.</translation>
    </message>
    <message>
        <source>the range of a %1 scale is fixed.</source>
        <extracomment>%1: a survey answer scale: &quot;nps&quot;, &quot;csat&quot; or &quot;ces&quot;</extracomment>
        <translation>el rango de una escala %1 es fijo.</translation>
    </message>
    <message>
        <source>the scale&apos;s lowest score must be below its highest.</source>
        <translation>la puntuación mínima de la escala debe ser menor que la máxima.</translation>
    </message>
    <message>
        <source>its columns of responses differ in length.</source>
        <translation>sus columnas de respuestas tienen longitudes distintas.</translation>
    </message>
    <message>
        <source>its moments and segments are not listed in the order of their first use.</source>
        <translation>sus momentos y segmentos no están listados en el orden de su primer uso.</translation>
    </message>
    <message>
        <source>response %1 has a score outside the scale.</source>
        <translation>la respuesta %1 tiene una puntuación fuera de la escala.</translation>
    </message>
    <message>
        <source>response %1 has no valid date.</source>
        <translation>la respuesta %1 no tiene una fecha válida.</translation>
    </message>
    <message>
        <source>response %1 refers to a moment or segment it does not list.</source>
        <translation>la respuesta %1 hace referencia a un momento o segmento que no figura en su lista.</translation>
    </message>
    <message>
        <source>it lists moments or segments that no response names.</source>
        <translation>incluye momentos o segmentos que ninguna respuesta menciona.</translation>
    </message>
    <message>
        <source>a parking-lot note needs some text.</source>
        <translation>una nota del aparcamiento de ideas necesita algo de texto.</translation>
    </message>
    <message>
        <source>its position is negative.</source>
        <translation>su posición es negativa.</translation>
    </message>
</context>
<context>
    <name>cx::ServerConnection</name>
    <message>
        <source>This CX Atlas cannot reach team servers: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Esta instalación de CX Atlas no puede conectar con servidores de equipo: el controlador PostgreSQL de Qt no está instalado (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password for %2.</source>
        <translation>El servidor %1 no aceptó la contraseña de %2.</translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”.</source>
        <translation>El servidor %1 no tiene ninguna base de datos «%2».</translation>
    </message>
    <message>
        <source>The server %1 refused: %2 may not make this change (%3).</source>
        <translation>El servidor %1 se negó: %2 no tiene permiso para hacer este cambio (%3).</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2).</source>
        <translation>No se puede conectar con el servidor %1 (%2).</translation>
    </message>
    <message>
        <source>The server %1 refused to %2: %3</source>
        <translation>El servidor %1 rechazó la operación «%2»: %3</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: the connection was lost.</source>
        <translation>No se puede acceder al servidor %1: se perdió la conexión.</translation>
    </message>
</context>
<context>
    <name>cx::ServerPasswords</name>
    <message>
        <source>no keyring is available on this desktop</source>
        <translation>no hay ningún llavero disponible en este escritorio</translation>
    </message>
    <message>
        <source>this system has no keyring that CX Atlas can use</source>
        <translation>este sistema no tiene ningún llavero que CX Atlas pueda usar</translation>
    </message>
    <message>
        <source>access to the keyring was declined</source>
        <translation>se rechazó el acceso al llavero</translation>
    </message>
    <message>
        <source>the keyring refused access</source>
        <translation>el llavero denegó el acceso</translation>
    </message>
    <message>
        <source>the keyring did not answer (is a keyring service such as GNOME Keyring or KWallet running?)</source>
        <translation>el llavero no respondió (¿se está ejecutando un servicio como GNOME Keyring o KWallet?)</translation>
    </message>
</context>
<context>
    <name>cx::ServerSchema</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Falta la migración %1 en esta compilación.</translation>
    </message>
    <message>
        <source>Migration %1 was not applied, and nothing of it is on the server: %2</source>
        <translation>La migración %1 no se aplicó y no hay nada de ella en el servidor: %2</translation>
    </message>
    <message>
        <source>The database “%1” holds no CX Atlas workspaces yet. Its administrator prepares it with: cxatlas server migrate %2</source>
        <translation>La base de datos «%1» aún no contiene espacios de trabajo de CX Atlas. Su administrador la prepara con: cxatlas server migrate %2</translation>
    </message>
    <message>
        <source>The database “%1” was prepared by a newer CX Atlas (server format %2; this one knows %3). Update CX Atlas to open its workspaces.</source>
        <translation>La base de datos «%1» la preparó una versión más reciente de CX Atlas (formato de servidor %2; esta versión conoce hasta el %3). Actualice CX Atlas para abrir sus espacios de trabajo.</translation>
    </message>
    <message>
        <source>The database “%1” is at server format %2 and this CX Atlas needs %3. Its administrator upgrades it with: cxatlas server migrate %4</source>
        <translation>La base de datos «%1» está en el formato de servidor %2 y esta versión de CX Atlas necesita el %3. Su administrador la actualiza con: cxatlas server migrate %4</translation>
    </message>
</context>
<context>
    <name>cx::ServerSession</name>
    <message>
        <source>Give the server&apos;s address, such as postgresql://you@server.example.org/cx.</source>
        <translation>Indique la dirección del servidor, como postgresql://usted@server.example.org/cx.</translation>
    </message>
    <message>
        <source>Give the name of the workspace to open on %1.</source>
        <translation>Indique el nombre del espacio de trabajo que quiere abrir en %1.</translation>
    </message>
    <message>
        <source>The server can be reached again: “%1” is up to date and can be edited as before.</source>
        <translation>El servidor vuelve a estar disponible: «%1» está al día y se puede editar como antes.</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1. You will be asked for it the next time.</source>
        <translation>No se pudo recordar la contraseña: %1. Se le pedirá la próxima vez.</translation>
    </message>
    <message>
        <source>The password could not be read from the keyring: %1.</source>
        <translation>No se pudo leer la contraseña del llavero: %1.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
</context>
<context>
    <name>cx::ServerStore</name>
    <message>
        <source>The address %1 names a database but no workspace; add /WORKSPACE after the database.</source>
        <translation>La dirección %1 indica una base de datos, pero ningún espacio de trabajo; añada /WORKSPACE después de la base de datos.</translation>
    </message>
    <message>
        <source>The server has no workspace “%1” that %2 may open. Check the name, or ask its owner to add you as a member.</source>
        <translation>El servidor no tiene ningún espacio de trabajo «%1» que %2 pueda abrir. Compruebe el nombre o pida a su propietario que lo añada como miembro.</translation>
    </message>
    <message>
        <source>The workspace “%1” was deleted.</source>
        <translation>Se eliminó el espacio de trabajo «%1».</translation>
    </message>
    <message>
        <source>Record %1 of the workspace “%2” on the server is damaged: %3</source>
        <translation>El registro %1 del espacio de trabajo «%2» en el servidor está dañado: %3</translation>
    </message>
    <message>
        <source>A link of the workspace “%1” on the server has the unknown relation “%2”.</source>
        <translation>Un vínculo del espacio de trabajo «%1» en el servidor tiene la relación desconocida «%2».</translation>
    </message>
    <message>
        <source>You (%1) are a viewer of this team workspace: you can read it but not change it. Its owners can make you an editor.</source>
        <translation>Usted (%1) es lector de este espacio de trabajo de equipo: puede leerlo, pero no modificarlo. Sus propietarios pueden hacerlo editor.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>un registro</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; your edit was not saved. The view shows the current version.</source>
        <translation>Otra persona modificó %1; su edición no se guardó. La vista muestra la versión actual.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3; your edit was not saved. The view shows their version.</source>
        <translation>%2 modificó %1 el %3; su edición no se guardó. La vista muestra su versión.</translation>
    </message>
    <message>
        <source>A link of %1</source>
        <translation>un vínculo de %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; your edit was not saved.</source>
        <translation>Otra persona modificó %1; su edición no se guardó.</translation>
    </message>
    <message>
        <source>%1 was removed by %2 at %3; your edit was not saved. The view shows the workspace without it.</source>
        <translation>%2 eliminó %1 el %3; su edición no se guardó. La vista muestra el espacio de trabajo sin lo eliminado.</translation>
    </message>
    <message>
        <source>This team workspace was opened for reading only.</source>
        <translation>Este espacio de trabajo de equipo se abrió solo para lectura.</translation>
    </message>
    <message>
        <source>The connection to the server was lost while saving this edit. CX Atlas will say whether it was saved once the server is back.</source>
        <translation>Se perdió la conexión con el servidor mientras se guardaba esta edición. CX Atlas indicará si se guardó en cuanto el servidor vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>The workspace “%1” is no longer on the server.</source>
        <translation>El espacio de trabajo «%1» ya no está en el servidor.</translation>
    </message>
    <message>
        <source>Someone else added or removed cards, stages or notes in the same place at the same time; your edit was not saved. The view shows the current order.</source>
        <translation>Otra persona añadió o quitó tarjetas, etapas o notas en el mismo lugar al mismo tiempo; su edición no se guardó. La vista muestra el orden actual.</translation>
    </message>
    <message>
        <source>Your edit “%1” reached the server before the connection was lost: it is saved.</source>
        <translation>Su edición «%1» llegó al servidor antes de que se perdiera la conexión: está guardada.</translation>
    </message>
    <message>
        <source>Your edit “%1” did not reach the server before the connection was lost: it was not saved.</source>
        <translation>Su edición «%1» no llegó al servidor antes de que se perdiera la conexión: no se guardó.</translation>
    </message>
    <message>
        <source>This team workspace is read-only until its server can be reached again. %1 CX Atlas keeps trying.</source>
        <extracomment>%1: why, a whole sentence (&quot;The server db.example cannot be reached: …&quot;)</extracomment>
        <translation>Este espacio de trabajo de equipo es de solo lectura hasta que se pueda volver a conectar con su servidor. %1 CX Atlas sigue intentándolo.</translation>
    </message>
</context>
<context>
    <name>cx::ServerUrl</name>
    <message>
        <source>“%1” is not a server address; it should look like postgresql://USER@HOST:PORT/DATABASE/WORKSPACE.</source>
        <translation>«%1» no es una dirección de servidor; debería tener la forma postgresql://USER@HOST:PORT/DATABASE/WORKSPACE.</translation>
    </message>
    <message>
        <source>The address %1 contains a password. Leave it out: the window asks for it and keeps it in the desktop keyring, and the command line reads PGPASSWORD or ~/.pgpass.</source>
        <translation>La dirección %1 contiene una contraseña. Quítela: la ventana la pide y la guarda en el llavero del escritorio, y la línea de comandos lee PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>The address %1 should name a database, and may name a workspace after it: …/DATABASE or …/DATABASE/WORKSPACE.</source>
        <translation>La dirección %1 debe indicar una base de datos y, tras ella, puede indicar un espacio de trabajo: …/DATABASE o …/DATABASE/WORKSPACE.</translation>
    </message>
    <message>
        <source>The port “%1” in %2 is not a port number.</source>
        <translation>El puerto «%1» en %2 no es un número de puerto.</translation>
    </message>
    <message>
        <source>The option “%1” in %2 is not one CX Atlas passes to the server (known: host, port, user, %3).</source>
        <translation>La opción «%1» en %2 no es una de las que CX Atlas pasa al servidor (conocidas: host, port, user, %3).</translation>
    </message>
    <message>
        <source>The option “%1” in %2 may not contain “;”.</source>
        <translation>La opción «%1» en %2 no puede contener «;».</translation>
    </message>
    <message>
        <source>The address %1 names no server.</source>
        <translation>La dirección %1 no indica ningún servidor.</translation>
    </message>
    <message numerus="yes">
        <source>A workspace name needs 1 to 100 characters; “%1” has %n.</source>
        <translation>
            <numerusform>Un nombre de espacio de trabajo necesita de 1 a 100 caracteres; «%1» tiene %n.</numerusform>
            <numerusform>Un nombre de espacio de trabajo necesita de 1 a 100 caracteres; «%1» tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace name “%1” may not contain “/” or control characters.</source>
        <translation>El nombre de espacio de trabajo «%1» no puede contener «/» ni caracteres de control.</translation>
    </message>
</context>
<context>
    <name>cx::VotingController</name>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message>
        <source>No voting round is running on this journey.</source>
        <translation>No hay ninguna ronda de votación en marcha en este recorrido.</translation>
    </message>
</context>
<context>
    <name>cx::WorkshopChanges</name>
    <message>
        <source>A voting round needs a name.</source>
        <translation>Una ronda de votación necesita un nombre.</translation>
    </message>
    <message>
        <source>“%1” is still running on this journey; end it before starting another round.</source>
        <translation>«%1» sigue en marcha en este recorrido; termínela antes de iniciar otra ronda.</translation>
    </message>
    <message>
        <source>The voting round no longer exists.</source>
        <translation>La ronda de votación ya no existe.</translation>
    </message>
    <message>
        <source>“%1” has ended; its votes can no longer change.</source>
        <translation>«%1» ha terminado; sus votos ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>Votes in “%1” go to moments of its journey.</source>
        <translation>Los votos de «%1» van a momentos de su recorrido.</translation>
    </message>
    <message>
        <source>Choose a participant of “%1” first.</source>
        <translation>Elija primero un participante de «%1».</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has used all %n dot(s) of this round. Take a dot back from another moment to move it here.</source>
        <translation>
            <numerusform>%1 ha usado %n punto de esta ronda, todos los que tenía. Retire un punto de otro momento para moverlo aquí.</numerusform>
            <numerusform>%1 ha usado los %n puntos de esta ronda. Retire un punto de otro momento para moverlo aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dot on “%2” to take back.</source>
        <translation>%1 no tiene ningún punto en «%2» que retirar.</translation>
    </message>
    <message>
        <source>There is no running round to end.</source>
        <translation>No hay ninguna ronda en marcha que terminar.</translation>
    </message>
    <message>
        <source>No moment has a dot in this round yet.</source>
        <translation>Ningún momento tiene aún puntos en esta ronda.</translation>
    </message>
    <message>
        <source>These moments are already moments that matter.</source>
        <translation>Estos momentos ya son momentos de la verdad.</translation>
    </message>
    <message>
        <source>The parking-lot note no longer exists.</source>
        <translation>La nota del aparcamiento de ideas ya no existe.</translation>
    </message>
    <message>
        <source>A note becomes a moment of the journey it was parked on.</source>
        <translation>Una nota se convierte en un momento del recorrido en el que se aparcó.</translation>
    </message>
    <message>
        <source>Workshop parking lot</source>
        <translation>Aparcamiento de ideas del taller</translation>
    </message>
</context>
<context>
    <name>cx::WorkshopEdits</name>
    <message>
        <source>Start voting round “%1”</source>
        <translation>Iniciar la ronda de votación «%1»</translation>
    </message>
    <message>
        <source>Dot on “%1”</source>
        <translation>Punto en «%1»</translation>
    </message>
    <message>
        <source>Dot taken from “%1”</source>
        <translation>Punto retirado de «%1»</translation>
    </message>
    <message>
        <source>End voting round “%1”</source>
        <translation>Terminar la ronda de votación «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Mark the top %n as moments that matter</source>
        <translation>
            <numerusform>Marcar %n momento (el más votado) como momento de la verdad</numerusform>
            <numerusform>Marcar los %n momentos más votados como momentos de la verdad</numerusform>
        </translation>
    </message>
    <message>
        <source>The voting round no longer exists.</source>
        <translation>La ronda de votación ya no existe.</translation>
    </message>
    <message>
        <source>Park “%1”</source>
        <translation>Aparcar «%1»</translation>
    </message>
    <message>
        <source>Make “%1” a moment</source>
        <translation>Convertir «%1» en un momento</translation>
    </message>
    <message>
        <source>Make “%1” an insight</source>
        <translation>Convertir «%1» en un hallazgo</translation>
    </message>
    <message>
        <source>Make “%1” an opportunity</source>
        <translation>Convertir «%1» en una oportunidad</translation>
    </message>
    <message>
        <source>Move a parking-lot note</source>
        <translation>Mover una nota del aparcamiento de ideas</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceController</name>
    <message>
        <source>No file was given to open.</source>
        <translation>No se indicó ningún archivo que abrir.</translation>
    </message>
    <message>
        <source>Cannot create a new workspace: the folder “%1” cannot be created.</source>
        <translation>No se puede crear un espacio de trabajo nuevo: no se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>There is no open workspace to save.</source>
        <translation>No hay ningún espacio de trabajo abierto que guardar.</translation>
    </message>
    <message>
        <source>No file name was given to save the workspace as.</source>
        <translation>No se indicó ningún nombre de archivo con el que guardar el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot save the workspace as “%1”: that is a folder.</source>
        <translation>No se puede guardar el espacio de trabajo como «%1»: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot save the workspace as “%1”: that file is open in CX Atlas. Close it there first, or choose another name.</source>
        <translation>No se puede guardar el espacio de trabajo como «%1»: ese archivo está abierto en CX Atlas. Ciérrelo allí primero o elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the folder “%2” cannot be created.</source>
        <translation>No se puede importar «%1»: no se puede crear la carpeta «%2».</translation>
    </message>
    <message>
        <source>No file was given to import.</source>
        <translation>No se indicó ningún archivo que importar.</translation>
    </message>
    <message>
        <source>Cannot remove the unsaved workspace “%1”.</source>
        <translation>No se puede quitar el espacio de trabajo sin guardar «%1».</translation>
    </message>
    <message>
        <source>“%1” is not an unsaved workspace that can be discarded.</source>
        <translation>«%1» no es un espacio de trabajo sin guardar que se pueda descartar.</translation>
    </message>
    <message numerus="yes">
        <source>Drop one workspace at a time: %n files were dropped.</source>
        <translation>
            <numerusform>Suelte los espacios de trabajo de uno en uno: se soltó %n archivo.</numerusform>
            <numerusform>Suelte los espacios de trabajo de uno en uno: se soltaron %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a file on this computer, so it cannot be opened.</source>
        <translation>«%1» no es un archivo de este equipo, así que no se puede abrir.</translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace (.cxatlas), workspace JSON (.json) or a Mermaid journey diagram (.mmd, .mermaid), so it can be neither opened nor imported.</source>
        <translation>«%1» no es un espacio de trabajo de CX Atlas (.cxatlas), un JSON de espacio de trabajo (.json) ni un diagrama de recorrido Mermaid (.mmd, .mermaid), así que no se puede abrir ni importar.</translation>
    </message>
    <message>
        <source>This workspace was upgraded from file format %1 to %2, which older versions of CX Atlas cannot open. The file as it was is kept as “%3”.</source>
        <translation>Este espacio de trabajo se actualizó del formato de archivo %1 al %2, que las versiones anteriores de CX Atlas no pueden abrir. El archivo tal como estaba se conserva como «%3».</translation>
    </message>
    <message>
        <source>It uses the older file format %1: it is shown upgraded to format %2, and the file itself is not changed.</source>
        <translation>Usa el formato de archivo antiguo %1: se muestra actualizado al formato %2 y el archivo en sí no se modifica.</translation>
    </message>
    <message>
        <source>A team workspace is saved on its server; export it to a file with File &gt; Export.</source>
        <translation>Un espacio de trabajo de equipo se guarda en su servidor; expórtelo a un archivo con Archivo &gt; Exportar.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a CX Atlas workspace file.</source>
        <translation>«%1» es una carpeta, no un archivo de espacio de trabajo de CX Atlas.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>«%1» no se puede leer: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a CX Atlas workspace.</source>
        <translation>«%1» está vacío; no es un espacio de trabajo de CX Atlas.</translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace: it is not an SQLite database file.</source>
        <translation>«%1» no es un espacio de trabajo de CX Atlas: no es un archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a CX Atlas workspace.</source>
        <translation>«%1» es una base de datos SQLite, pero no un espacio de trabajo de CX Atlas.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it is %2 bytes long but should be %3 (was it cut short while copying?).</source>
        <translation>«%1» está dañado: tiene %2 bytes, pero debería tener %3 (¿se cortó al copiarlo?).</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«%1» ya existe.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>No se puede crear «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>No se puede crear «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is being edited in another CX Atlas (process %2 on %3); this shows what it has saved so far.</source>
        <translation>«%1» se está editando en otra instancia de CX Atlas (proceso %2 en %3); esto muestra lo que se ha guardado hasta ahora.</translation>
    </message>
    <message>
        <source>“%1” is read-only (its file or folder cannot be written); it was opened for reading only and changes cannot be saved.</source>
        <translation>«%1» es de solo lectura (no se puede escribir en su archivo o carpeta); se abrió solo para lectura y los cambios no se pueden guardar.</translation>
    </message>
    <message>
        <source>“%1” is open in another CX Atlas (process %2 on %3); it was opened for reading only. Close it there to edit it here.</source>
        <translation>«%1» está abierto en otra instancia de CX Atlas (proceso %2 en %3); se abrió solo para lectura. Ciérrelo allí para editarlo aquí.</translation>
    </message>
    <message>
        <source>“%1” was opened for reading only: its lock file “%2” cannot be written (is the disk full?).</source>
        <translation>«%1» se abrió solo para lectura: no se puede escribir su archivo de bloqueo «%2» (¿está lleno el disco?).</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of CX Atlas (file format %2; this version reads up to %3). Update CX Atlas to open it.</source>
        <translation>«%1» se escribió con una versión más reciente de CX Atlas (formato de archivo %2; esta versión lee hasta el %3). Actualice CX Atlas para abrirlo.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it was never completely created.</source>
        <translation>«%1» está dañado: nunca se terminó de crear.</translation>
    </message>
    <message>
        <source>“%1” was opened for reading only: it is upgraded from the older file format %2 to %3 only after a backup of it is kept beside it. %4</source>
        <translation>«%1» se abrió solo para lectura: solo se actualiza del formato de archivo antiguo %2 al %3 después de guardar una copia de seguridad a su lado. %4</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from file format %2 to %3: %4</source>
        <translation>No se pudo actualizar «%1» del formato de archivo %2 al %3: %4</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«%1» está dañado: %2</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: %2.</source>
        <translation>No se puede guardar una copia como «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceImport</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither workspace JSON (which starts with “{”) nor a Mermaid journey diagram (which starts with “journey”).</source>
        <translation>«%1» no es un JSON de espacio de trabajo (que empieza por «{») ni un diagrama de recorrido Mermaid (que empieza por «journey»).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; the most CX Atlas reads as a Mermaid diagram is %3 MB.</source>
        <translation>«%1» ocupa %2 MB; CX Atlas lee como máximo %3 MB en un diagrama Mermaid.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name or replace it.</source>
        <translation>«%1» ya existe; elija otro nombre o reemplácelo.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>%1 has the id of %2 in the workspace.</source>
        <translation>%1 tiene el id de %2 en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 is already in the workspace with different content.</source>
        <translation>%1 ya está en el espacio de trabajo con un contenido distinto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n conflict(s) with the open workspace.</source>
        <translation>
            <numerusform>No se importó nada: %n conflicto con el espacio de trabajo abierto.</numerusform>
            <numerusform>No se importó nada: %n conflictos con el espacio de trabajo abierto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n record(s)</source>
        <translation>
            <numerusform>Importar %n registro</numerusform>
            <numerusform>Importar %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceJsonReader</name>
    <message>
        <source>%1, line %2, column %3: %4.</source>
        <translation>%1, línea %2, columna %3: %4.</translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level.</source>
        <translation>%1: se esperaba un objeto JSON en el nivel superior.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; the most CX Atlas imports is %3 MB.</source>
        <translation>«%1» ocupa %2 MB; CX Atlas importa como máximo %3 MB.</translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation>%1, en %2: %3</translation>
    </message>
    <message>
        <source>unknown key “%1”.</source>
        <translation>clave desconocida «%1».</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>«%1» es obligatorio.</translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation>se esperaba una cadena de texto.</translation>
    </message>
    <message>
        <source>expected an array of strings.</source>
        <translation>se esperaba una matriz de cadenas de texto.</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation>se esperaba un número entero de %1 a %2.</translation>
    </message>
    <message>
        <source>expected a number.</source>
        <translation>se esperaba un número.</translation>
    </message>
    <message>
        <source>expected a size from 0 to %1.</source>
        <translation>se esperaba un tamaño de 0 a %1.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>se esperaba true o false.</translation>
    </message>
    <message>
        <source>expected one of: %1.</source>
        <translation>se esperaba uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD.</source>
        <translation>se esperaba una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>expected a date and time written YYYY-MM-DDThh:mm:ssZ.</source>
        <translation>se esperaba una fecha y hora con el formato AAAA-MM-DDThh:mm:ssZ.</translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation>se esperaba una matriz.</translation>
    </message>
    <message>
        <source>more than %1 records; the most CX Atlas imports is %1.</source>
        <translation>más de %1 registros; CX Atlas importa como máximo %1.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>se esperaba un objeto.</translation>
    </message>
    <message>
        <source>an id cannot be empty.</source>
        <translation>un id no puede estar vacío.</translation>
    </message>
    <message>
        <source>the id “%1” is used twice (first at %2).</source>
        <translation>el id «%1» se usa dos veces (la primera en %2).</translation>
    </message>
    <message>
        <source>expected &quot;cxatlas-workspace&quot;; this is not a CX Atlas workspace file.</source>
        <translation>se esperaba &quot;cxatlas-workspace&quot;; este no es un archivo de espacio de trabajo de CX Atlas.</translation>
    </message>
    <message>
        <source>expected a format version number.</source>
        <translation>se esperaba un número de versión de formato.</translation>
    </message>
    <message>
        <source>format version %1 is newer than this CX Atlas reads (1); update CX Atlas to import it.</source>
        <translation>la versión de formato %1 es más reciente de la que lee esta versión de CX Atlas (1); actualice CX Atlas para importarlo.</translation>
    </message>
    <message>
        <source>expected the image as base64.</source>
        <translation>se esperaba la imagen en base64.</translation>
    </message>
    <message>
        <source>expected a colour as #rrggbb.</source>
        <translation>se esperaba un color con el formato #rrggbb.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 of this journey.</source>
        <extracomment>%1: an id in the file; %2: &quot;stage&quot; or &quot;lane&quot;, a noun</extracomment>
        <translation>«%1» no es un elemento de tipo %2 de este recorrido.</translation>
    </message>
    <message>
        <source>expected an object of persona ids and scores.</source>
        <translation>se esperaba un objeto de ids de persona y puntuaciones.</translation>
    </message>
    <message>
        <source>“%1” is not a persona of this file.</source>
        <translation>«%1» no es una persona de este archivo.</translation>
    </message>
    <message>
        <source>a parking-lot note needs some text.</source>
        <translation>una nota del aparcamiento de ideas necesita algo de texto.</translation>
    </message>
    <message>
        <source>expected one of: story, experience, service, system, process, data.</source>
        <translation>se esperaba uno de estos valores: story, experience, service, system, process, data.</translation>
    </message>
    <message>
        <source>“value” is required.</source>
        <translation>«value» es obligatorio.</translation>
    </message>
    <message>
        <source>more than %1 survey responses; the most CX Atlas imports is %1.</source>
        <translation>más de %1 respuestas de encuesta; CX Atlas importa como máximo %1.</translation>
    </message>
    <message>
        <source>“score” is required.</source>
        <translation>«score» es obligatorio.</translation>
    </message>
    <message>
        <source>“%1” is not a moment of this file.</source>
        <translation>«%1» no es un momento de este archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a voting round of this file.</source>
        <translation>«%1» no es una ronda de votación de este archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a moment of the round’s journey.</source>
        <translation>«%1» no es un momento del recorrido de la ronda.</translation>
    </message>
    <message>
        <source>“%1” is not a participant of the round.</source>
        <translation>«%1» no es un participante de la ronda.</translation>
    </message>
    <message>
        <source>“%1” is not a moment.</source>
        <translation>«%1» no es un momento.</translation>
    </message>
    <message>
        <source>“%1” is not an id of this file.</source>
        <translation>«%1» no es un id de este archivo.</translation>
    </message>
    <message>
        <source>a %1 cannot be linked to a %2 (“%3”) with “%4”.</source>
        <extracomment>%1, %2: kinds of record, nouns (&quot;story&quot;, &quot;system&quot;); %3: an id in the file; %4: the relation as the file names it (&quot;uses&quot;, &quot;depends-on&quot;), not translated</extracomment>
        <translation>no se puede vincular %1 con %2 («%3») mediante «%4».</translation>
    </message>
    <message>
        <source>the link to “%1” is listed twice.</source>
        <translation>el vínculo con «%1» aparece dos veces.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceJsonWriter</name>
    <message>
        <source>No journey has the id or title “%1”.</source>
        <translation>Ningún recorrido tiene el id o el título «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) have the title “%1”; give its id instead.</source>
        <translation>
            <numerusform>%n recorrido tiene el título «%1»; indique su id.</numerusform>
            <numerusform>%n recorridos tienen el título «%1»; indique su id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceStore</name>
    <message>
        <source>“%1” is damaged and cannot be read (%2)</source>
        <translation>«%1» está dañado y no se puede leer (%2)</translation>
    </message>
    <message>
        <source>The workspace is open for reading only.</source>
        <translation>El espacio de trabajo está abierto solo para lectura.</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceSummary</name>
    <message>
        <source>Workspace:      %1
</source>
        <translation>Archivo:        %1
</translation>
    </message>
    <message>
        <source>File format:    version %1 (older: read through an upgraded copy; the file is unchanged)
</source>
        <translation>Formato:        versión %1 (antigua: leída a través de una copia actualizada; el archivo no cambia)
</translation>
    </message>
    <message>
        <source>File format:    version %1
</source>
        <translation>Formato:        versión %1
</translation>
    </message>
    <message>
        <source>Journeys:
</source>
        <translation>Recorridos:
</translation>
    </message>
    <message>
        <source>current state</source>
        <translation>estado actual</translation>
    </message>
    <message>
        <source>future state</source>
        <translation>estado futuro</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n carril</numerusform>
            <numerusform>%n carriles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n momento</numerusform>
            <numerusform>%n momentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) that matter</source>
        <translation>
            <numerusform>%n momento de la verdad</numerusform>
            <numerusform>%n momentos de la verdad</numerusform>
        </translation>
    </message>
    <message>
        <source>; for %1</source>
        <translation>; para %1</translation>
    </message>
    <message>
        <source>Team workspace: “%1” on a PostgreSQL server
</source>
        <translation>Espacio de trabajo de equipo: «%1» en un servidor PostgreSQL
</translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceTransfer</name>
    <message>
        <source>The server already has a workspace named “%1”; choose another name with --name.</source>
        <translation>El servidor ya tiene un espacio de trabajo llamado «%1»; elija otro nombre con --name.</translation>
    </message>
</context>
<context>
    <name>cx::cli</name>
    <message>
        <source>Checks the CX architecture of a workspace for gaps: moments that matter without a metric, an owner or backstage support; elements linked to nothing; metrics that lead to no strategic metric; cycles among metrics. Never changes the file.

Exit status: 0 when there are no gaps, 1 when there are, 2 on any error.</source>
        <translation>Comprueba si hay brechas en la arquitectura CX de un espacio de trabajo: momentos de la verdad sin métrica, sin responsable o sin soporte de back-office; elementos sin vínculos; métricas que no llevan a ninguna métrica estratégica; ciclos entre métricas. Nunca modifica el archivo.

Estado de salida: 0 si no hay brechas, 1 si las hay, 2 ante cualquier error.</translation>
    </message>
    <message>
        <source>The .cxatlas workspace.</source>
        <translation>El espacio de trabajo .cxatlas.</translation>
    </message>
    <message>
        <source>check needs exactly one workspace file (see cxatlas check --help).</source>
        <translation>check necesita exactamente un archivo de espacio de trabajo (consulte cxatlas check --help).</translation>
    </message>
    <message>
        <source>The workspace to open.</source>
        <translation>El espacio de trabajo que abrir.</translation>
    </message>
    <message>
        <source>a Mermaid journey diagram holds one journey: choose it with --journey (this workspace has %1).</source>
        <translation>un diagrama de recorrido Mermaid contiene un solo recorrido: elíjalo con --journey (este espacio de trabajo tiene %1).</translation>
    </message>
    <message>
        <source>--dpi takes a whole number, not “%1”.</source>
        <translation>--dpi admite un número entero, no «%1».</translation>
    </message>
    <message>
        <source>vector PDF of journeys, personas and the architecture</source>
        <translation>PDF vectorial de recorridos, personas y la arquitectura</translation>
    </message>
    <message>
        <source>workspace JSON, version 1 (the interchange format; cxatlas import reads it)</source>
        <translation>JSON del espacio de trabajo, versión 1 (el formato de intercambio; cxatlas import lo lee)</translation>
    </message>
    <message>
        <source>SVG of a journey or of the architecture view</source>
        <translation>SVG de un recorrido o de la vista de arquitectura</translation>
    </message>
    <message>
        <source>PNG of a journey or of the architecture view</source>
        <translation>PNG de un recorrido o de la vista de arquitectura</translation>
    </message>
    <message>
        <source>GraphML of the architecture graph (kinds and titles as attributes)</source>
        <translation>GraphML del grafo de la arquitectura (tipos y títulos como atributos)</translation>
    </message>
    <message>
        <source>Graphviz DOT of the architecture graph</source>
        <translation>DOT de Graphviz del grafo de la arquitectura</translation>
    </message>
    <message>
        <source>Mermaid journey diagram of one journey (cxatlas import reads it back)</source>
        <translation>diagrama de recorrido Mermaid de un recorrido (cxatlas import puede volver a leerlo)</translation>
    </message>
    <message>
        <source>CSV of moments, one row each (RFC 4180)</source>
        <translation>CSV de momentos, una fila por momento (RFC 4180)</translation>
    </message>
    <message>
        <source>CSV of the ended voting rounds&apos; results, one row per round and moment with dots (RFC 4180; only the header when no round has ended)</source>
        <translation>CSV de los resultados de las rondas de votación terminadas, una fila por ronda y momento con puntos (RFC 4180; solo el encabezado si no ha terminado ninguna ronda)</translation>
    </message>
    <message>
        <source> (not available in this build)</source>
        <translation> (no disponible en esta compilación)</translation>
    </message>
    <message>
        <source>Exports a workspace, or one journey of it, to another format. Never changes the workspace. Formats:</source>
        <translation>Exporta un espacio de trabajo, o uno de sus recorridos, a otro formato. Nunca modifica el espacio de trabajo. Formatos:</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>El formato: %1.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>El archivo que escribir (se reemplaza si existe).</translation>
    </message>
    <message>
        <source>Export only this journey (its id or its title) and what it needs.</source>
        <translation>Exportar solo este recorrido (su id o su título) y lo que necesite.</translation>
    </message>
    <message>
        <source>pdf: A4 (default), A3, Letter or Tabloid.</source>
        <translation>pdf: A4 (predeterminado), A3, Letter o Tabloid.</translation>
    </message>
    <message>
        <source>pdf: landscape (default) or portrait.</source>
        <translation>pdf: landscape (horizontal, predeterminado) o portrait (vertical).</translation>
    </message>
    <message>
        <source>pdf: fit each journey on one page (default) or tile it across pages.</source>
        <translation>pdf: fit ajusta cada recorrido a una página (predeterminado); tile lo reparte en varias páginas.</translation>
    </message>
    <message>
        <source>pdf, svg: the document&apos;s title (default: the workspace&apos;s).</source>
        <translation>pdf, svg: el título del documento (predeterminado: el del espacio de trabajo).</translation>
    </message>
    <message>
        <source>pdf: the author in the document&apos;s metadata.</source>
        <translation>pdf: el autor en los metadatos del documento.</translation>
    </message>
    <message>
        <source>svg, png: the journey map (default) or the architecture.</source>
        <translation>svg, png: el mapa del recorrido (predeterminado) o la arquitectura.</translation>
    </message>
    <message>
        <source>png: the resolution, 96 (default) is one pixel per layout unit.</source>
        <translation>png: la resolución; 96 (predeterminado) es un píxel por unidad de diseño.</translation>
    </message>
    <message>
        <source>pdf: the parts to print, separated by commas: %1 (default: all).</source>
        <translation>pdf: las partes que imprimir, separadas por comas: %1 (predeterminado: todas).</translation>
    </message>
    <message>
        <source>export needs one workspace file, --format NAME and -o OUT (see cxatlas export --help).</source>
        <translation>export necesita un archivo de espacio de trabajo, --format NAME y -o OUT (consulte cxatlas export --help).</translation>
    </message>
    <message>
        <source>unknown format “%1”; use one of: %2.</source>
        <translation>formato desconocido «%1»; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>the %1 export is not available in this build.</source>
        <translation>la exportación %1 no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>Prints every moment, journey and persona that depends on an element (or the moments a metric measures and the metrics it drives), transitively, moments that matter first, each with the chain of links that makes it depend. Never changes the file.

Exit status: 0 on success, 2 on any error (also when ELEMENT names nothing, or several records: then the candidates are listed).</source>
        <translation>Muestra cada momento, recorrido y persona que depende de un elemento (o los momentos que mide una métrica y las métricas que impulsa), de forma transitiva, primero los momentos de la verdad, cada uno con la cadena de vínculos que crea la dependencia. Nunca modifica el archivo.

Estado de salida: 0 si todo va bien, 2 ante cualquier error (también cuando ELEMENT no designa nada o designa varios registros: entonces se listan los candidatos).</translation>
    </message>
    <message>
        <source>An element or metric: its id, or its exact title (case is ignored).</source>
        <translation>Un elemento o una métrica: su id o su título exacto (sin distinguir mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>impact needs a workspace file and an element (see cxatlas impact --help).</source>
        <translation>impact necesita un archivo de espacio de trabajo y un elemento (consulte cxatlas impact --help).</translation>
    </message>
    <message>
        <source>%1: no element or metric has the id or title “%2”.</source>
        <translation>%1: ningún elemento ni métrica tiene el id o el título «%2».</translation>
    </message>
    <message>
        <source>%1: “%2” names %3 records; give one of their ids:%4</source>
        <translation>%1: «%2» designa %3 registros; indique uno de sus ids:%4</translation>
    </message>
    <message>
        <source>Makes a new workspace from a workspace JSON file (format: resources/examples/FORMAT.md) or a Mermaid journey diagram (.mmd, .mermaid), or with --into merges it into an existing workspace: ids are kept, records already there with the same content are left alone, conflicts are listed. All or nothing: on any error no file is written or changed.</source>
        <translation>Crea un espacio de trabajo nuevo a partir de un archivo JSON de espacio de trabajo (formato: resources/examples/FORMAT.md) o de un diagrama de recorrido Mermaid (.mmd, .mermaid), o, con --into, lo fusiona en un espacio de trabajo existente: se conservan los ids, los registros que ya existen con el mismo contenido no se tocan y los conflictos se listan. Todo o nada: ante cualquier error no se escribe ni se modifica ningún archivo.</translation>
    </message>
    <message>
        <source>The workspace to write.</source>
        <translation>El espacio de trabajo que escribir.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplazar FILE si existe.</translation>
    </message>
    <message>
        <source>Merge into this existing workspace (one transaction, one undo step).</source>
        <translation>Fusionar en este espacio de trabajo existente (una transacción, un paso de deshacer).</translation>
    </message>
    <message>
        <source>The file to read: workspace JSON, or a Mermaid journey diagram (by its name, .mmd or .mermaid, or its first line).</source>
        <translation>El archivo que leer: JSON de espacio de trabajo o un diagrama de recorrido Mermaid (por su nombre, .mmd o .mermaid, o por su primera línea).</translation>
    </message>
    <message>
        <source>import needs one input file and -o FILE (a new workspace) or --into FILE (a merge); see cxatlas import --help.</source>
        <translation>import necesita un archivo de entrada y -o FILE (un espacio de trabajo nuevo) o --into FILE (una fusión); consulte cxatlas import --help.</translation>
    </message>
    <message>
        <source>Prints what a workspace holds: its file format version, the number of each kind of record, and each journey with its stages and moments. Checks the file&apos;s integrity on the way. Never changes the file.</source>
        <translation>Muestra qué contiene un espacio de trabajo: la versión de su formato de archivo, el número de registros de cada tipo y cada recorrido con sus etapas y momentos. De paso comprueba la integridad del archivo. Nunca modifica el archivo.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>info needs exactly one workspace file (see cxatlas info --help).</source>
        <translation>info necesita exactamente un archivo de espacio de trabajo (consulte cxatlas info --help).</translation>
    </message>
    <message>
        <source>Prints every metric with its latest value, its 95% interval and sample size where the values come from survey responses, its target, status (on track, at risk, off track) and trend, its values per period, and the correlation of its values with those of the metrics that drive it (a correlation, not a cause; none with fewer than 6 common periods). Never changes the file.

Exit status: 0 on success, 2 on any error.</source>
        <translation>Muestra cada métrica con su último valor, su intervalo del 95% y el tamaño de la muestra cuando los valores proceden de respuestas de encuesta, su objetivo, su estado (en curso, en riesgo, desviada) y su tendencia, sus valores por periodo y la correlación de sus valores con los de las métricas que la impulsan (una correlación, no una causa; ninguna con menos de 6 periodos en común). Nunca modifica el archivo.

Estado de salida: 0 si todo va bien, 2 ante cualquier error.</translation>
    </message>
    <message>
        <source>The periods to compute values for: week (ISO weeks), month (default) or quarter.</source>
        <translation>Los periodos para los que calcular valores: week (semanas ISO), month (predeterminado) o quarter.</translation>
    </message>
    <message>
        <source>metrics needs a workspace file (see cxatlas metrics --help).</source>
        <translation>metrics necesita un archivo de espacio de trabajo (consulte cxatlas metrics --help).</translation>
    </message>
    <message>
        <source>--period must be week, month or quarter, not “%1”.</source>
        <translation>--period debe ser week, month o quarter, no «%1».</translation>
    </message>
    <message>
        <source>Imports survey responses from a CSV or TSV file (comma, semicolon or tab separated, UTF-8) into a metric of the workspace, as one undo step. Every row is checked first: bad rows (a missing or unreadable date, a score that is not a number or lies outside the scale, an unknown moment) are listed by line and reason, and nothing is written unless --skip-bad-rows is given. COL is a column&apos;s header or its number (1 is the first).

Exit status: 0 on success, 2 on any error.</source>
        <translation>Importa respuestas de encuesta desde un archivo CSV o TSV (separado por comas, punto y coma o tabuladores, UTF-8) en una métrica del espacio de trabajo, como un solo paso de deshacer. Primero se comprueban todas las filas: las filas erróneas (una fecha que falta o no se puede leer, una puntuación que no es un número o está fuera de la escala, un momento desconocido) se listan con su línea y el motivo, y no se escribe nada salvo que se indique --skip-bad-rows. COL es el encabezado de una columna o su número (1 es la primera).

Estado de salida: 0 si todo va bien, 2 ante cualquier error.</translation>
    </message>
    <message>
        <source>The metric: its id or exact title (case ignored).</source>
        <translation>La métrica: su id o su título exacto (sin distinguir mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>The column of the response&apos;s date.</source>
        <translation>La columna de la fecha de la respuesta.</translation>
    </message>
    <message>
        <source>The column of the score.</source>
        <translation>La columna de la puntuación.</translation>
    </message>
    <message>
        <source>The column naming the moment a response is about (its id or title).</source>
        <translation>La columna que indica el momento al que se refiere una respuesta (su id o su título).</translation>
    </message>
    <message>
        <source>The column of the respondent&apos;s segment.</source>
        <translation>La columna del segmento del encuestado.</translation>
    </message>
    <message>
        <source>The answer scale: nps (0–10), csat (1–5), ces5 (1–5), ces7 (1–7) or custom (with --range). Default: the scale of the metric&apos;s earlier imports, else the one its kind uses.</source>
        <translation>La escala de respuesta: nps (0–10), csat (1–5), ces5 (1–5), ces7 (1–7) o custom (con --range). Predeterminada: la escala de las importaciones anteriores de la métrica o, si no hay, la que usa su tipo.</translation>
    </message>
    <message>
        <source>The lowest and highest score of a custom scale.</source>
        <translation>La puntuación mínima y máxima de una escala personalizada.</translation>
    </message>
    <message>
        <source>Import the good rows and skip the bad ones (still listed).</source>
        <translation>Importar las filas correctas y omitir las erróneas (que se siguen listando).</translation>
    </message>
    <message>
        <source>The CSV or TSV file of responses.</source>
        <translation>El archivo CSV o TSV de respuestas.</translation>
    </message>
    <message>
        <source>responses import needs a workspace, a CSV file, --metric, --date and --score; see cxatlas responses import --help.</source>
        <translation>responses import necesita un espacio de trabajo, un archivo CSV, --metric, --date y --score; consulte cxatlas responses import --help.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>--scale must be nps, csat, ces5, ces7 or custom, not “%1”.</source>
        <translation>--scale debe ser nps, csat, ces5, ces7 o custom, no «%1».</translation>
    </message>
    <message>
        <source>--range must be two numbers LOW:HIGH with LOW below HIGH, not “%1”.</source>
        <translation>--range deben ser dos números LOW:HIGH con LOW menor que HIGH, no «%1».</translation>
    </message>
    <message>
        <source>--range is for a custom scale; the %1 scale&apos;s range is fixed.</source>
        <extracomment>%1: the scale as given to --scale (nps, csat, ces5, ces7), not translated</extracomment>
        <translation>--range es para una escala personalizada; el rango de la escala %1 es fijo.</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (--%3); its columns are: %4.</source>
        <translation>%1 no tiene ninguna columna «%2» (--%3); sus columnas son: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad row(s) of %2; nothing was imported (fix them, or give --skip-bad-rows).</source>
        <translation>
            <numerusform>%1: %n fila errónea de %2; no se importó nada (corríjala o indique --skip-bad-rows).</numerusform>
            <numerusform>%1: %n filas erróneas de %2; no se importó nada (corríjalas o indique --skip-bad-rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) from %1 into “%2” (%3 scale)</source>
        <extracomment>%1: a file; %2: a metric; %3: the scale as --scale names it (nps, csat, ces5, ces7, custom), not translated</extracomment>
        <translation>
            <numerusform>Se importó %n respuesta de %1 en «%2» (escala %3)</numerusform>
            <numerusform>Se importaron %n respuestas de %1 en «%2» (escala %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n bad row(s) skipped</source>
        <translation>
            <numerusform>; se omitió %n fila errónea</numerusform>
            <numerusform>; se omitieron %n filas erróneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the imports of survey responses each metric holds: the source file, when it was imported, its scale and how many responses. Never changes the file.</source>
        <translation>Lista las importaciones de respuestas de encuesta de cada métrica: el archivo de origen, cuándo se importó, su escala y cuántas respuestas contiene. Nunca modifica el archivo.</translation>
    </message>
    <message>
        <source>responses list needs a workspace file (see cxatlas responses list --help).</source>
        <translation>responses list necesita un archivo de espacio de trabajo (consulte cxatlas responses list --help).</translation>
    </message>
    <message numerus="yes">
        <source>%1  “%2”: %3, imported %4, %5 scale, %n response(s)
</source>
        <extracomment>%5: the scale as --scale names it (nps, csat, ces5, ces7, custom), not translated</extracomment>
        <translation>
            <numerusform>%1  «%2»: %3, importado el %4, escala %5, %n respuesta
</numerusform>
            <numerusform>%1  «%2»: %3, importado el %4, escala %5, %n respuestas
</numerusform>
        </translation>
    </message>
    <message>
        <source>No metric holds survey responses.
</source>
        <translation>Ninguna métrica contiene respuestas de encuesta.
</translation>
    </message>
    <message>
        <source>Usage:
  cxatlas responses import FILE CSV --metric ID|TITLE --date COL --score COL
        [--moment COL] [--segment COL] [--scale NAME] [--range LOW:HIGH] [--skip-bad-rows]
  cxatlas responses list FILE [--json]
See cxatlas responses import --help.
</source>
        <translation>Uso:
  cxatlas responses import FILE CSV --metric ID|TITLE --date COL --score COL
        [--moment COL] [--segment COL] [--scale NAME] [--range LOW:HIGH] [--skip-bad-rows]
  cxatlas responses list FILE [--json]
Consulte cxatlas responses import --help.
</translation>
    </message>
    <message>
        <source>responses needs an action, import or list, not “%1” (see cxatlas responses --help).</source>
        <translation>responses necesita una acción, import o list, no «%1» (consulte cxatlas responses --help).</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>note: “%1” uses the older file format %2; it was read through a copy upgraded to %3 and is unchanged.</source>
        <translation>nota: «%1» usa el formato de archivo antiguo %2; se leyó a través de una copia actualizada a %3 y no se ha modificado.</translation>
    </message>
    <message>
        <source>note: “%1” was upgraded from file format %2 to %3; the file as it was is kept as “%4”.</source>
        <translation>nota: «%1» se actualizó del formato de archivo %2 al %3; el archivo tal como estaba se conserva como «%4».</translation>
    </message>
    <message>
        <source>open one workspace at a time.</source>
        <translation>abra los espacios de trabajo de uno en uno.</translation>
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
        <translation>Personas, mapas de recorrido y la arquitectura CX que los sustenta.

Uso:
  cxatlas [FILE]                      abrir FILE (un espacio de trabajo .cxatlas) en la ventana
  cxatlas info FILE [--json]          qué contiene un espacio de trabajo
  cxatlas import IN.json -o FILE      crear un espacio de trabajo a partir de un JSON de espacio de trabajo
  cxatlas import IN.json --into FILE  fusionar un JSON de espacio de trabajo en un espacio de trabajo
  cxatlas export FILE --format NAME -o OUT  exportar (json, csv, graphml, dot, mermaid…)
  cxatlas check FILE [--json]         brechas en la arquitectura CX (sale con 1 si hay alguna)
  cxatlas impact FILE ELEMENT [--json]  qué depende de un elemento o una métrica
  cxatlas metrics FILE [--json] [--period week|month|quarter]  métricas a lo largo del tiempo
  cxatlas responses import FILE CSV --metric M --date COL --score COL  respuestas de encuesta
  cxatlas responses list FILE [--json]  las respuestas de encuesta de cada métrica
  cxatlas push FILE URL [--name NAME]  subir un espacio de trabajo a un servidor de equipo
  cxatlas pull URL/NAME -o FILE       descargar un espacio de trabajo de equipo a un archivo
  cxatlas server migrate|list URL     preparar un servidor de equipo; sus espacios de trabajo
  cxatlas server members|grant|revoke URL/NAME …  quién puede leer y editar
  cxatlas VERB --help                 ayuda de un verbo

Los verbos de solo lectura (info, export, check, impact, metrics) también aceptan, en lugar de FILE,
la URL de un espacio de trabajo de equipo, postgresql://USER@HOST:PORT/DATABASE/NAME.

Estado de salida: 0 si todo va bien, 2 ante cualquier error (el mensaje va a la salida de error estándar);
check sale con 1 cuando encuentra brechas.</translation>
    </message>
    <message>
        <source>%1 names no workspace: add /WORKSPACE after the database.</source>
        <translation>%1 no indica ningún espacio de trabajo: añada /WORKSPACE después de la base de datos.</translation>
    </message>
    <message>
        <source>The server is up to date (server format %1).
</source>
        <translation>El servidor está al día (formato de servidor %1).
</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s); the server is at format %1.
</source>
        <translation>
            <numerusform>Se aplicó %n migración; el servidor está en el formato %1.
</numerusform>
            <numerusform>Se aplicaron %n migraciones; el servidor está en el formato %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has no workspace “%1” that %2 may open.</source>
        <translation>El servidor no tiene ningún espacio de trabajo «%1» que %2 pueda abrir.</translation>
    </message>
    <message>
        <source>“%1” is not an access level: use viewer, editor or owner.</source>
        <translation>«%1» no es un nivel de acceso: use viewer, editor u owner.</translation>
    </message>
    <message>
        <source>%1 is now %2 of “%3”.
</source>
        <translation>%1 tiene ahora acceso %2 a «%3».
</translation>
    </message>
    <message>
        <source>%1 is not a member of “%2” (or only its owners may change members).</source>
        <translation>%1 no es miembro de «%2» (o solo sus propietarios pueden cambiar los miembros).</translation>
    </message>
    <message>
        <source>%1 is no longer a member of “%2”.
</source>
        <translation>%1 ya no es miembro de «%2».
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
        <translation>Espacios de trabajo de equipo en un servidor PostgreSQL.
  server migrate URL                     crear o actualizar las tablas del servidor (un administrador)
  server list URL                        los espacios de trabajo que puede abrir, con su acceso
  server members URL/NAME                los miembros de un espacio de trabajo y su acceso
  server grant URL/NAME ROLE ACCESS      dar a un rol acceso viewer, editor u owner (solo propietarios)
  server revoke URL/NAME ROLE            quitar un miembro (solo propietarios)
URL: postgresql://USER@HOST:PORT/DATABASE[?sslmode=require…]. La contraseña se toma de PGPASSWORD o de ~/.pgpass, nunca de la URL. Las personas nuevas necesitan un rol de inicio de sesión en el grupo cxatlas_user: CREATE ROLE alice LOGIN PASSWORD &apos;…&apos; IN ROLE cxatlas_user.</translation>
    </message>
    <message>
        <source>migrate, list, members, grant or revoke.</source>
        <translation>migrate, list, members, grant o revoke.</translation>
    </message>
    <message>
        <source>The server (and workspace) address.</source>
        <translation>La dirección del servidor (y del espacio de trabajo).</translation>
    </message>
    <message>
        <source>usage: cxatlas server migrate|list URL, server members URL/NAME, server grant URL/NAME ROLE viewer|editor|owner, server revoke URL/NAME ROLE; see cxatlas server --help.</source>
        <translation>uso: cxatlas server migrate|list URL, server members URL/NAME, server grant URL/NAME ROLE viewer|editor|owner, server revoke URL/NAME ROLE; consulte cxatlas server --help.</translation>
    </message>
    <message>
        <source>Uploads a workspace file to a team server as a new workspace, ids kept, in one transaction; you become its owner. The file is not changed.</source>
        <translation>Sube un archivo de espacio de trabajo a un servidor de equipo como espacio de trabajo nuevo, conservando los ids, en una sola transacción; usted pasa a ser su propietario. El archivo no se modifica.</translation>
    </message>
    <message>
        <source>The workspace&apos;s name on the server (default: the file&apos;s name).</source>
        <translation>El nombre del espacio de trabajo en el servidor (predeterminado: el nombre del archivo).</translation>
    </message>
    <message>
        <source>The workspace file to upload.</source>
        <translation>El archivo de espacio de trabajo que se va a subir.</translation>
    </message>
    <message>
        <source>The server: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>El servidor: postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>push needs a workspace file and a server URL; see cxatlas push --help.</source>
        <translation>push necesita un archivo de espacio de trabajo y una URL de servidor; consulte cxatlas push --help.</translation>
    </message>
    <message>
        <source>Uploaded “%1” as %2
</source>
        <translation>Se subió «%1» como %2
</translation>
    </message>
    <message>
        <source>Downloads a team workspace to a new workspace file, ids kept. All or nothing: on any error no file is written.</source>
        <translation>Descarga un espacio de trabajo de equipo en un archivo de espacio de trabajo nuevo, conservando los ids. Todo o nada: ante cualquier error no se escribe ningún archivo.</translation>
    </message>
    <message>
        <source>The workspace file to write.</source>
        <translation>El archivo de espacio de trabajo que se va a escribir.</translation>
    </message>
    <message>
        <source>The workspace: postgresql://USER@HOST:PORT/DATABASE/NAME.</source>
        <translation>El espacio de trabajo: postgresql://USER@HOST:PORT/DATABASE/NAME.</translation>
    </message>
    <message>
        <source>pull needs a workspace URL and -o FILE; see cxatlas pull --help.</source>
        <translation>pull necesita una URL de espacio de trabajo y -o FILE; consulte cxatlas pull --help.</translation>
    </message>
</context>
</TS>
