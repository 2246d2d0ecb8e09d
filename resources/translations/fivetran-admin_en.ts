<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ftmodels::EffectivePivotModel</name>
    <message numerus="yes">
        <source>Reaches %n destination(s) or connection(s)</source>
        <translation>
            <numerusform>Reaches %n destination or connection</numerusform>
            <numerusform>Reaches %n destinations or connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached by %n person(s)</source>
        <translation>
            <numerusform>Reached by %n person</numerusform>
            <numerusform>Reached by %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftmodels::PendingChanges</name>
    <message numerus="yes">
        <source>The check found %n error(s) in the pending changes; nothing was sent. Correct or remove the changes marked as errors, then apply again.</source>
        <translation>
            <numerusform>The check found %n error in the pending changes; nothing was sent. Correct or remove the changes marked as errors, then apply again.</numerusform>
            <numerusform>The check found %n errors in the pending changes; nothing was sent. Correct or remove the changes marked as errors, then apply again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftmodels::PeopleImport</name>
    <message numerus="yes">
        <source>Unknown column(s) in the header: %1. The columns are %2.</source>
        <translation>
            <numerusform>Unknown column in the header: %1. The columns are %2.</numerusform>
            <numerusform>Unknown columns in the header: %1. The columns are %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same e-mail is on line(s) %1 too; each person may be on one line only.</source>
        <translation>
            <numerusform>The same e-mail is on line %1 too; each person may be on one line only.</numerusform>
            <numerusform>The same e-mail is on lines %1 too; each person may be on one line only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::ApiDialog</name>
    <message numerus="yes">
        <source>Added %n change(s) to Pending Changes</source>
        <translation>
            <numerusform>Added %n change to Pending Changes</numerusform>
            <numerusform>Added %n changes to Pending Changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::AuditWindow</name>
    <message numerus="yes">
        <source>The audit is incomplete: %n list(s) could not be fetched, so some access is missing from the table.</source>
        <translation>
            <numerusform>The audit is incomplete: %n list could not be fetched, so some access is missing from the table.</numerusform>
            <numerusform>The audit is incomplete: %n lists could not be fetched, so some access is missing from the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be fetched.</source>
        <translation>
            <numerusform>%n list could not be fetched.</numerusform>
            <numerusform>%n lists could not be fetched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::BulkActionsController</name>
    <message numerus="yes">
        <source>Added %n change(s) from %1; nothing is sent until you apply them.</source>
        <translation>
            <numerusform>Added %n change from %1; nothing is sent until you apply it.</numerusform>
            <numerusform>Added %n changes from %1; nothing is sent until you apply them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to %1; &quot;fivetran-admin apply&quot; reads it.</source>
        <translation>
            <numerusform>Saved %n change to %1; &quot;fivetran-admin apply&quot; reads it.</numerusform>
            <numerusform>Saved %n changes to %1; &quot;fivetran-admin apply&quot; reads it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n revocation(s) to Pending Changes; nothing is sent until you apply them.</source>
        <translation>
            <numerusform>Added %n revocation to Pending Changes; nothing is sent until you apply it.</numerusform>
            <numerusform>Added %n revocations to Pending Changes; nothing is sent until you apply them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %n people from the audit; the User menu acts on all of them.</source>
        <translation>
            <numerusform>Selected %n person from the audit; the User menu acts on them.</numerusform>
            <numerusform>Selected %n people from the audit; the User menu acts on all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::BulkChangeDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Account Role of %n People</source>
        <translation>
            <numerusform>Set the Account Role of %n Person</numerusform>
            <numerusform>Set the Account Role of %n People</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the Account Role of %n People</source>
        <translation>
            <numerusform>Remove the Account Role of %n Person</numerusform>
            <numerusform>Remove the Account Role of %n People</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n People to a Destination</source>
        <translation>
            <numerusform>Add %n Person to a Destination</numerusform>
            <numerusform>Add %n People to a Destination</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n People to a Connection</source>
        <translation>
            <numerusform>Add %n Person to a Connection</numerusform>
            <numerusform>Add %n People to a Connection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Role of %n People in a Destination</source>
        <translation>
            <numerusform>Change the Role of %n Person in a Destination</numerusform>
            <numerusform>Change the Role of %n People in a Destination</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Role of %n People in a Connection</source>
        <translation>
            <numerusform>Change the Role of %n Person in a Connection</numerusform>
            <numerusform>Change the Role of %n People in a Connection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n People from a Destination</source>
        <translation>
            <numerusform>Remove %n Person from a Destination</numerusform>
            <numerusform>Remove %n People from a Destination</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n People from a Connection</source>
        <translation>
            <numerusform>Remove %n Person from a Connection</numerusform>
            <numerusform>Remove %n People from a Connection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Users</source>
        <translation>
            <numerusform>Delete %n User</numerusform>
            <numerusform>Delete %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds %n change(s) to Pending Changes.</source>
        <translation>
            <numerusform>Adds %n change to Pending Changes.</numerusform>
            <numerusform>Adds %n changes to Pending Changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already have this role.</source>
        <translation>
            <numerusform>%n already has this role.</numerusform>
            <numerusform>%n already have this role.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have no account role.</source>
        <translation>
            <numerusform>%n has no account role.</numerusform>
            <numerusform>%n have no account role.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are members there already (to give them another role, use Change Role).</source>
        <translation>
            <numerusform>%n is a member there already (to give them another role, use Change Role).</numerusform>
            <numerusform>%n are members there already (to give them another role, use Change Role).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are not members there, or have this role already.</source>
        <translation>
            <numerusform>%n is not a member there, or has this role already.</numerusform>
            <numerusform>%n are not members there, or have this role already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are not members there.</source>
        <translation>
            <numerusform>%n is not a member there.</numerusform>
            <numerusform>%n are not members there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are no longer in the list.</source>
        <translation>
            <numerusform>%n is no longer in the list.</numerusform>
            <numerusform>%n are no longer in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n change(s) to Pending Changes; nothing is sent until you apply them.</source>
        <translation>
            <numerusform>Added %n change to Pending Changes; nothing is sent until you apply it.</numerusform>
            <numerusform>Added %n changes to Pending Changes; nothing is sent until you apply them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::FilterBar</name>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Reading what the %n row(s) need from the account…</source>
        <translation>
            <numerusform>Reading what the %n row needs from the account…</numerusform>
            <numerusform>Reading what the %n rows need from the account…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to add</source>
        <translation>
            <numerusform>%n change to add</numerusform>
            <numerusform>%n changes to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors (marked); they are left out. Correct the file and import it again to add them.</source>
        <translation>
            <numerusform>%n row has errors (marked); it is left out. Correct the file and import it again to add it.</numerusform>
            <numerusform>%n rows have errors (marked); they are left out. Correct the file and import it again to add them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Change(s) to Pending Changes</source>
        <translation>
            <numerusform>Add %n Change to Pending Changes</numerusform>
            <numerusform>Add %n Changes to Pending Changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n change(s) from %1 to Pending Changes</source>
        <translation>
            <numerusform>Added %n change from %1 to Pending Changes</numerusform>
            <numerusform>Added %n changes from %1 to Pending Changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::PendingChangesPanel</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to send</source>
        <translation>
            <numerusform>%n request to send</numerusform>
            <numerusform>%n requests to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in effect)</source>
        <translation>
            <numerusform>(%n already in effect)</numerusform>
            <numerusform>(%n already in effect)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fivetran asked to slow down; going on in %n second(s)</source>
        <translation>
            <numerusform>Fivetran asked to slow down; going on in %n second</numerusform>
            <numerusform>Fivetran asked to slow down; going on in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>Applied %n change.</numerusform>
            <numerusform>Applied %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed and stay in the list with Fivetran&apos;s words.</source>
        <translation>
            <numerusform>%n failed and stays in the list with Fivetran&apos;s words.</numerusform>
            <numerusform>%n failed and stay in the list with Fivetran&apos;s words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were not sent and stay in the list.</source>
        <translation>
            <numerusform>%n was not sent and stays in the list.</numerusform>
            <numerusform>%n were not sent and stay in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard all %n pending change(s)? Nothing of them has been sent.</source>
        <translation>
            <numerusform>Discard the %n pending change? It has not been sent.</numerusform>
            <numerusform>Discard all %n pending changes? Nothing of them has been sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::SelectionSummary</name>
    <message numerus="yes">
        <source>%n people selected</source>
        <translation>
            <numerusform>%n person selected</numerusform>
            <numerusform>%n people selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Together they are members of %n destination(s)</source>
        <translation>
            <numerusform>Together they are members of %n destination</numerusform>
            <numerusform>Together they are members of %n destinations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n connection(s).</source>
        <translation>
            <numerusform>and %n connection.</numerusform>
            <numerusform>and %n connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read, so this may be incomplete.</source>
        <translation>
            <numerusform>%n list could not be read, so this may be incomplete.</numerusform>
            <numerusform>%n lists could not be read, so this may be incomplete.</numerusform>
        </translation>
    </message>
</context>
</TS>
