<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisPanel</name>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>impact %1 · effort %2 · %n moment(s)</source>
        <translation>
            <numerusform>impact %1 · effort %2 · %n moment</numerusform>
            <numerusform>impact %1 · effort %2 · %n moments</numerusform>
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
        <source>, %n that matter</source>
        <translation>
            <numerusform>, %n that matters</numerusform>
            <numerusform>, %n that matter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchitectureInspector</name>
    <message numerus="yes">
        <source>Its chain up and down holds %n item(s).</source>
        <translation>
            <numerusform>Its chain up and down holds %n item.</numerusform>
            <numerusform>Its chain up and down holds %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndRoundDialog</name>
    <message numerus="yes">
        <source>%n dot(s) cast. Once the round ends its votes can no longer change; Edit &gt; Undo reopens it.</source>
        <translation>
            <numerusform>%n dot cast. Once the round ends its votes can no longer change; Edit &gt; Undo reopens it.</numerusform>
            <numerusform>%n dots cast. Once the round ends its votes can no longer change; Edit &gt; Undo reopens it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>First page of %n</source>
        <translation>
            <numerusform>First page of %n</numerusform>
            <numerusform>First page of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n moment(s) found.</source>
        <translation>
            <numerusform>%n moment found.</numerusform>
            <numerusform>%n moments found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
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
    <name>MomentCard</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message numerus="yes">
        <source>Remove %1? Their %n dot(s) in this round go, in one step you can undo.</source>
        <translation>
            <numerusform>Remove %1? Their %n dot in this round goes, in one step you can undo.</numerusform>
            <numerusform>Remove %1? Their %n dots in this round go, in one step you can undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message numerus="yes">
        <source>Mapped in %n journey(s)</source>
        <translation>
            <numerusform>Mapped in %n journey</numerusform>
            <numerusform>Mapped in %n journeys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaGalleryView</name>
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
            <numerusform>%1 of %n persona</numerusform>
            <numerusform>%1 of %n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseImportDialog</name>
    <message numerus="yes">
        <source>Skip the %Ln bad row(s)</source>
        <translation>
            <numerusform>Skip the bad row</numerusform>
            <numerusform>Skip the %Ln bad rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message numerus="yes">
        <source>Compare revisions: %n field(s) differ</source>
        <translation>
            <numerusform>Compare revisions: %n field differs</numerusform>
            <numerusform>Compare revisions: %n fields differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpotlightView</name>
    <message numerus="yes">
        <source>%n more moment(s) in this stage: O shows the whole map</source>
        <translation>
            <numerusform>%n more moment in this stage: O shows the whole map</numerusform>
            <numerusform>%n more moments in this stage: O shows the whole map</numerusform>
        </translation>
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
</context>
<context>
    <name>ViewSidebar</name>
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
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
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
    <name>VoteBadge</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingTally</name>
    <message numerus="yes">
        <source>%n dot(s) cast; the tally stays hidden until the round ends.</source>
        <translation>
            <numerusform>%n dot cast; the tally stays hidden until the round ends.</numerusform>
            <numerusform>%n dots cast; the tally stays hidden until the round ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) cast</source>
        <translation>
            <numerusform>%n dot cast</numerusform>
            <numerusform>%n dots cast</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ArchitectureView</name>
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
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n insight</numerusform>
            <numerusform>%n insights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Document</name>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Add %n item</numerusform>
            <numerusform>Add %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n moment(s)</source>
        <translation>
            <numerusform>Move %n moment</numerusform>
            <numerusform>Move %n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n moment(s)</source>
        <translation>
            <numerusform>Add %n moment</numerusform>
            <numerusform>Add %n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ImportController</name>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
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
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
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
        <source>%n experience(s)</source>
        <translation>
            <numerusform>%n experience</numerusform>
            <numerusform>%n experiences</numerusform>
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
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data record(s)</source>
        <translation>
            <numerusform>%n data record</numerusform>
            <numerusform>%n data records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n insight</numerusform>
            <numerusform>%n insights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
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
        <source>%n record(s) already in the workspace stay as they are.</source>
        <translation>
            <numerusform>%n record already in the workspace stay as they are.</numerusform>
            <numerusform>%n records already in the workspace stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stor(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting round(s)</source>
        <translation>
            <numerusform>%n voting round</numerusform>
            <numerusform>%n voting rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parking-lot note(s)</source>
        <translation>
            <numerusform>%n parking-lot note</numerusform>
            <numerusform>%n parking-lot notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of survey responses</source>
        <translation>
            <numerusform>%n import of survey responses</numerusform>
            <numerusform>%n imports of survey responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::JourneyCanvas</name>
    <message numerus="yes">
        <source>Duplicate %n moment(s)</source>
        <translation>
            <numerusform>Duplicate %n moment</numerusform>
            <numerusform>Duplicate %n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n moment(s)</source>
        <translation>
            <numerusform>Paste %n moment</numerusform>
            <numerusform>Paste %n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::LiveSession</name>
    <message numerus="yes">
        <source>Remove %1 and their %n dot(s)</source>
        <translation>
            <numerusform>Remove %1 and their %n dot</numerusform>
            <numerusform>Remove %1 and their %n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::MetricFactsCache</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::MetricsReport</name>
    <message numerus="yes">
        <source>%n metric(s), values per %1</source>
        <extracomment>%1: the length of the periods: &quot;week&quot;, &quot;month&quot; or &quot;quarter&quot;</extracomment>
        <translation>
            <numerusform>%n metric, values per %1</numerusform>
            <numerusform>%n metrics, values per %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n response(s)</source>
        <translation>
            <numerusform>, %n response</numerusform>
            <numerusform>, %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n measurement(s)</source>
        <translation>
            <numerusform>, %n measurement</numerusform>
            <numerusform>, %n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  driven by %1: r = %2 over %n period(s), p = %3 (correlation, not cause)
</source>
        <translation>
            <numerusform>  driven by %1: r = %2 over %n period, p = %3 (correlation, not cause)
</numerusform>
            <numerusform>  driven by %1: r = %2 over %n periods, p = %3 (correlation, not cause)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::MetricsView</name>
    <message numerus="yes">
        <source>mean of the measurements in each %1, from %n measurement(s)</source>
        <translation>
            <numerusform>mean of the measurements in each %1, from %n measurement</numerusform>
            <numerusform>mean of the measurements in each %1, from %n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching: %1 of %n metric(s)</source>
        <translation>
            <numerusform>Matching: %1 of %n metric</numerusform>
            <numerusform>Matching: %1 of %n metrics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::MomentMatcher</name>
    <message numerus="yes">
        <source>%n moment(s) have the title “%1”; name the moment by its id</source>
        <translation>
            <numerusform>%n moment have the title “%1”; name the moment by its id</numerusform>
            <numerusform>%n moments have the title “%1”; name the moment by its id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::NodeStreamReader</name>
    <message numerus="yes">
        <source>%n unexpected byte(s) after its end</source>
        <translation>
            <numerusform>%n unexpected byte after its end</numerusform>
            <numerusform>%n unexpected bytes after its end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it claims %1 items but only %n byte(s) follow</source>
        <translation>
            <numerusform>it claims %1 items but only %n byte follow</numerusform>
            <numerusform>it claims %1 items but only %n bytes follow</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::PdfExport</name>
    <message numerus="yes">
        <source> (%n pages)</source>
        <translation>
            <numerusform> (%n page)</numerusform>
            <numerusform> (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without links not shown</source>
        <translation>
            <numerusform>; %n without links not shown</numerusform>
            <numerusform>; %n without links not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used by %n moment(s): %1</source>
        <translation>
            <numerusform>used by %n moment: %1</numerusform>
            <numerusform>used by %n moments: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) depend on it: %1</source>
        <translation>
            <numerusform>%n element depends on it: %1</numerusform>
            <numerusform>%n elements depend on it: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>explains %n moment(s), value %1</source>
        <translation>
            <numerusform>explains %n moment, value %1</numerusform>
            <numerusform>explains %n moments, value %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>score %1 · impact %2 · effort %3 · improves %n moment(s), value %4</source>
        <translation>
            <numerusform>score %1 · impact %2 · effort %3 · improves %n moment, value %4</numerusform>
            <numerusform>score %1 · impact %2 · effort %3 · improves %n moments, value %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per participant</source>
        <translation>
            <numerusform>%n dot per participant</numerusform>
            <numerusform>%n dots per participant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous participant(s)</source>
        <translation>
            <numerusform>%n anonymous participant</numerusform>
            <numerusform>%n anonymous participants</numerusform>
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
            <numerusform>%n voted</numerusform>
            <numerusform>%n voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) given</source>
        <translation>
            <numerusform>%1 of %n dot given</numerusform>
            <numerusform>%1 of %n dots given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n measurement</numerusform>
            <numerusform>%n measurements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::PersonaEdits</name>
    <message numerus="yes">
        <source>There is no item %1 in a list of %n item(s).</source>
        <translation>
            <numerusform>There is no item %1 in a list of %n item.</numerusform>
            <numerusform>There is no item %1 in a list of %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ResponseChanges</name>
    <message numerus="yes">
        <source>Import %n response(s) into “%1”</source>
        <translation>
            <numerusform>Import %Ln response into “%1”</numerusform>
            <numerusform>Import %Ln responses into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n metric(s); give one of their ids:
  %2</source>
        <translation>
            <numerusform>“%1” names %n metric; give one of their ids:
  %2</numerusform>
            <numerusform>“%1” names %n metrics; give one of their ids:
  %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ResponseImportController</name>
    <message numerus="yes">
        <source>%Ln row(s) are bad, so nothing will be imported: fix them in the file and choose it again, or skip them.</source>
        <translation>
            <numerusform>%Ln row is bad, so nothing will be imported: fix it in the file and choose it again, or skip it.</numerusform>
            <numerusform>%Ln rows are bad, so nothing will be imported: fix them in the file and choose it again, or skip them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s), all good</source>
        <translation>
            <numerusform>%Ln response, good</numerusform>
            <numerusform>%Ln responses, all good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 good and %2 bad of %Ln row(s)</source>
        <translation>
            <numerusform>%1 good and %2 bad of %Ln row</numerusform>
            <numerusform>%1 good and %2 bad of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are bad; nothing was imported. Fix them in the file, or skip them.</source>
        <translation>
            <numerusform>%Ln row is bad; nothing was imported. Fix it in the file, or skip it.</numerusform>
            <numerusform>%Ln rows are bad; nothing was imported. Fix them in the file, or skip them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ServerUrl</name>
    <message numerus="yes">
        <source>A workspace name needs 1 to 100 characters; “%1” has %n.</source>
        <translation>
            <numerusform>A workspace name needs 1 to 100 characters; “%1” has %n.</numerusform>
            <numerusform>A workspace name needs 1 to 100 characters; “%1” has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkshopChanges</name>
    <message numerus="yes">
        <source>%1 has used all %n dot(s) of this round. Take a dot back from another moment to move it here.</source>
        <translation>
            <numerusform>%1 has used all %n dot of this round. Take a dot back from another moment to move it here.</numerusform>
            <numerusform>%1 has used all %n dots of this round. Take a dot back from another moment to move it here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkshopEdits</name>
    <message numerus="yes">
        <source>Mark the top %n as moments that matter</source>
        <translation>
            <numerusform>Mark the top %n as moments that matter</numerusform>
            <numerusform>Mark the top %n as moments that matter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceController</name>
    <message numerus="yes">
        <source>Drop one workspace at a time: %n files were dropped.</source>
        <translation>
            <numerusform>Drop one workspace at a time: %n files were dropped.</numerusform>
            <numerusform>Drop one workspace at a time: %n files were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceImport</name>
    <message numerus="yes">
        <source>Nothing was imported: %n conflict(s) with the open workspace.</source>
        <translation>
            <numerusform>Nothing was imported: %n conflict with the open workspace.</numerusform>
            <numerusform>Nothing was imported: %n conflicts with the open workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n record(s)</source>
        <translation>
            <numerusform>Import %n record</numerusform>
            <numerusform>Import %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceJsonWriter</name>
    <message numerus="yes">
        <source>%n journey(s) have the title “%1”; give its id instead.</source>
        <translation>
            <numerusform>%n journey have the title “%1”; give its id instead.</numerusform>
            <numerusform>%n journeys have the title “%1”; give its id instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceSummary</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
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
            <numerusform>%n moment that matters</numerusform>
            <numerusform>%n moments that matter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::cli</name>
    <message numerus="yes">
        <source>%1: %n bad row(s) of %2; nothing was imported (fix them, or give --skip-bad-rows).</source>
        <translation>
            <numerusform>%1: %n bad row of %2; nothing was imported (fix them, or give --skip-bad-rows).</numerusform>
            <numerusform>%1: %n bad rows of %2; nothing was imported (fix them, or give --skip-bad-rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) from %1 into “%2” (%3 scale)</source>
        <extracomment>%1: a file; %2: a metric; %3: the scale as --scale names it (nps, csat, ces5, ces7, custom), not translated</extracomment>
        <translation>
            <numerusform>Imported %n response from %1 into “%2” (%3 scale)</numerusform>
            <numerusform>Imported %n responses from %1 into “%2” (%3 scale)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n bad row(s) skipped</source>
        <translation>
            <numerusform>; %n bad row skipped</numerusform>
            <numerusform>; %n bad rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  “%2”: %3, imported %4, %5 scale, %n response(s)
</source>
        <extracomment>%5: the scale as --scale names it (nps, csat, ces5, ces7, custom), not translated</extracomment>
        <translation>
            <numerusform>%1  “%2”: %3, imported %4, %5 scale, %n response
</numerusform>
            <numerusform>%1  “%2”: %3, imported %4, %5 scale, %n responses
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s); the server is at format %1.
</source>
        <translation>
            <numerusform>Applied %n migration; the server is at format %1.
</numerusform>
            <numerusform>Applied %n migrations; the server is at format %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
</TS>
