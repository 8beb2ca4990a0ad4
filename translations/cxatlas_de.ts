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
    <message>
        <source>expected a size from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Journey map %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmotionCurves</name>
    <message>
        <source>Emotion %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No moments match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Find moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneysPage</name>
    <message>
        <source> (future state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments that matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim every other moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persona yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the curve of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another journey&apos;s curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no journeys yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneHeader</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lane above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lane and its moments</source>
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
        <source>%1 (read-only) — CX Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas are not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This workspace holds %n persona(s); a later version shows and edits them here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The architecture view is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later version shows here how moments link to stories, services, systems and metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics are not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later version shows and edits the workspace&apos;s metrics and their measurements here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a .cxatlas workspace to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Atlas workspaces (*.cxatlas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Workspace JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Overview of the whole journey map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MomentCard</name>
    <message>
        <source>moment that matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly backed by evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the detailed journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MomentInspector</name>
    <message>
        <source>Moment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a moment to see and edit its details.
Double-click the map, or press N, to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app, branch, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function that owns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly backed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment that matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Unsaved Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These workspaces were never saved to a file. Open one to go on with it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no unsaved workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsaved Workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageHeader</name>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage and its moments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new workspace, open one, or import workspace JSON. You can also drop a .cxatlas file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workspace JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Keep “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has not been saved to a file. Keep it to find it again under File ▸ Unsaved Workspaces and the next time CX Atlas starts, or discard it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Workspace %1</source>
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
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to a file yet. Every change is kept; use Save As to name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
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
    <message>
        <source>Moments can only go into a stage and lane of one journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stages and lanes are placed this way.</source>
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
    <message>
        <source>Add moment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::JourneyCanvas</name>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add journey “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::MomentClipboard</name>
    <message>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moments on the clipboard cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds %1 moments; paste up to %2 at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 lines; paste up to %1 at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
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
    <message>
        <source>its width must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its height must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceController</name>
    <message>
        <source>No file was given to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a new workspace: the folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open workspace to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given to save the workspace as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the workspace as “%1”: that is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the workspace as “%1”: that file is open in CX Atlas. Close it there first, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: the folder “%2” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the unsaved workspace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an unsaved workspace that can be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drop one workspace at a time: %n files were dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a file on this computer, so it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a CX Atlas workspace (.cxatlas), so it cannot be opened. To bring in workspace JSON, use File ▸ Import….</source>
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
