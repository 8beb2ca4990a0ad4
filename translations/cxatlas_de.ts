<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>%1, at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time written YYYY-MM-DDThh:mm:ssZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id “%1” is used twice (first at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;cxatlas-workspace&quot;; this is not a CX Atlas workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a format version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is newer than this CX Atlas reads (1); update CX Atlas to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the image as base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a %2 of this journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of persona ids and scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a persona of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of: story, experience, service, system, process, data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“value” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a moment of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an id of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot be linked to a %2 (“%3”) with “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link to “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — CX Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start CX Atlas with a workspace file: cxatlas FILE.cxatlas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Changes</name>
    <message>
        <source>There is no record %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” already exists (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” cannot change into a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments can only move to a stage and lane of one journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment “%1” belongs to another journey; copy it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stages and lanes can be reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those two are not linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Database</name>
    <message>
        <source>“%1” is damaged: %2 returned nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding “%1” is full; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is busy in another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” refused the change because it breaks a rule of the workspace (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read or written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the database reported an error (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Document</name>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink “%1” from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace changed in a way this edit did not expect; it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Rules</name>
    <message>
        <source>Cannot link %1 to %2: %3 does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be linked to a %2 with the relation “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already linked to %2 (“%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot open the journey it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already opens %2; unlink that journey first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stage is not a stage of its journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lane is not a lane of its journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emotion score must be between -2 and +2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its emotion scores must name each persona once, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an emotion score names a persona that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importance must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colour must be written #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element must be a story, experience, service, system, process or data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact and effort must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vote is for a moment that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vote needs at least one dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its journey does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its position is negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a CX Atlas workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a CX Atlas workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace: it is not an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a CX Atlas workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: it is %2 bytes long but should be %3 (was it cut short while copying?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is being edited in another CX Atlas (process %2 on %3); this shows what it has saved so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only (its file or folder cannot be written); it was opened for reading only and changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another CX Atlas (process %2 on %3); it was opened for reading only. Close it there to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of CX Atlas (file format %2; this version reads up to %3). Update CX Atlas to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: it was never completely created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses an older file format (%2) that must be upgraded to %3, which needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceImport</name>
    <message>
        <source>“%1” already exists; choose another name or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceJsonReader</name>
    <message>
        <source>%1, line %2, column %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 MB; the most CX Atlas imports is %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceStore</name>
    <message>
        <source>“%1” is damaged and cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceSummary</name>
    <message>
        <source>Workspace:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format:    version %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>future state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) that matter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::cli</name>
    <message>
        <source>Personas, journey maps and the CX architecture behind them.

Usage:
  cxatlas [FILE]                      open FILE (a .cxatlas workspace) in the window
  cxatlas info FILE [--json]          what a workspace holds
  cxatlas import IN.json -o FILE      make a workspace from workspace JSON
  cxatlas VERB --help                 help for one verb

Exit status: 0 on success, 2 on any error (the message goes to standard error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new workspace from a workspace JSON file (format: resources/examples/FORMAT.md). All or nothing: on any error no file is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs one input file and -o FILE (see cxatlas import --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints what a workspace holds: its file format version, the number of each kind of record, and each journey with its stages and moments. Checks the file&apos;s integrity on the way. Never changes the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .cxatlas workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info needs exactly one workspace file (see cxatlas info --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open one workspace at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
