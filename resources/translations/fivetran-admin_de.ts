<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ftapi::ApiClient</name>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die API-Adresse &quot;%1&quot; ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>Die API-Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The API address must not contain a query or fragment.</source>
        <translation>Die API-Adresse darf weder Abfrage (?) noch Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the API key would cross the network unencrypted. Use https://, or http:// only for localhost/127.0.0.1.</source>
        <translation>Unverschlüsseltes http:// zu %1 wird abgelehnt: Der API-Schlüssel ginge unverschlüsselt durchs Netz. Verwenden Sie https:// oder http:// nur für localhost/127.0.0.1.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (got &quot;%1&quot;).</source>
        <translation>Die API-Adresse muss mit https:// beginnen (angegeben: &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>ftapi::ApiError</name>
    <message>
        <source>The secure connection to the Fivetran service could not be verified (%1), so nothing was sent. Check the API address, the computer&apos;s clock and any proxy that inspects HTTPS traffic.</source>
        <translation>Die sichere Verbindung zum Fivetran-Dienst konnte nicht überprüft werden (%1), daher wurde nichts gesendet. Prüfen Sie die API-Adresse, die Uhr des Computers und jeden Proxy, der HTTPS-Verkehr untersucht.</translation>
    </message>
    <message>
        <source>Could not reach the Fivetran service. Check the network connection and try again.</source>
        <translation>Der Fivetran-Dienst ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Fivetran service did not answer in time. Try again in a moment.</source>
        <translation>Der Fivetran-Dienst hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Fivetran is receiving too many requests from this account. Try again in a moment.</source>
        <translation>Fivetran erhält zu viele Anfragen von diesem Konto. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Fivetran service sent an answer this program could not read. Try again; if it keeps happening, the service may have changed.</source>
        <translation>Der Fivetran-Dienst hat eine Antwort gesendet, die dieses Programm nicht lesen kann. Versuchen Sie es erneut; passiert es weiterhin, hat sich der Dienst womöglich geändert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>This request cannot be sent.</source>
        <translation>Diese Anfrage kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The API key or secret was not accepted. Check them and connect again.</source>
        <translation>API-Schlüssel oder -Geheimnis wurden nicht akzeptiert. Prüfen Sie beide und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that.</source>
        <translation>Dieser API-Schlüssel darf das nicht.</translation>
    </message>
    <message>
        <source>It no longer exists: someone may have removed it. Refresh to see the current state.</source>
        <translation>Das gibt es nicht mehr: Jemand hat es womöglich entfernt. Aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>That already exists.</source>
        <translation>Das gibt es bereits.</translation>
    </message>
    <message>
        <source>The Fivetran service had a problem (error %1). Try again in a moment.</source>
        <translation>Der Fivetran-Dienst hatte ein Problem (Fehler %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Fivetran service refused the request (error %1).</source>
        <translation>Der Fivetran-Dienst hat die Anfrage abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>The Fivetran service did not answer in time: nothing arrived for %1. Try again in a moment.</source>
        <translation>Der Fivetran-Dienst hat nicht rechtzeitig geantwortet: %1 lang kam nichts an. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Fivetran service did not answer in time: no complete answer within %1, so the request was stopped. Try again later.</source>
        <translation>Der Fivetran-Dienst hat nicht rechtzeitig geantwortet: innerhalb von %1 kam keine vollständige Antwort, daher wurde die Anfrage abgebrochen. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The Fivetran service sent an answer larger than %1 MB, far more than any real answer, so it was stopped while it arrived and ignored.</source>
        <translation>Der Fivetran-Dienst hat eine Antwort von mehr als %1 MB gesendet, weit mehr als jede echte Antwort; sie wurde noch beim Empfang abgebrochen und verworfen.</translation>
    </message>
    <message>
        <source>The Fivetran service kept sending pages of this list (more than %1), so it was stopped: the list would never end.</source>
        <translation>Der Fivetran-Dienst hat immer weitere Seiten dieser Liste gesendet (mehr als %1), daher wurde sie abgebrochen: Die Liste würde nie enden.</translation>
    </message>
    <message>
        <source>The Fivetran service sent a page of this list it had sent before, so it was stopped: the list would never end.</source>
        <translation>Der Fivetran-Dienst hat eine Seite dieser Liste erneut gesendet, daher wurde sie abgebrochen: Die Liste würde nie enden.</translation>
    </message>
    <message>
        <source>The Fivetran service listed &quot;%1&quot; twice, so the list cannot be trusted and was not used. Try again; if it keeps happening, the service is faulty.</source>
        <translation>Der Fivetran-Dienst hat „%1“ zweimal aufgeführt; der Liste ist daher nicht zu trauen, sie wurde nicht verwendet. Versuchen Sie es noch einmal; geschieht es wieder, ist der Dienst fehlerhaft.</translation>
    </message>
    <message>
        <source>The Fivetran service asked to wait %1 before the next request, longer than its rate limit&apos;s hour, so nothing more was sent. Try again later.</source>
        <translation>Der Fivetran-Dienst hat verlangt, vor der nächsten Anfrage %1 zu warten, länger als die Stunde seines Anfragelimits; daher wurde nichts mehr gesendet. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The Fivetran service asked to wait but did not say for how long in a form this program can read, so nothing more was sent. Try again later.</source>
        <translation>Der Fivetran-Dienst hat verlangt zu warten, aber nicht lesbar angegeben, wie lange; daher wurde nichts mehr gesendet. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The Fivetran service redirected the request to another address (%1). It was not followed, so the API key was not sent there. Check the API address.</source>
        <translation>Der Fivetran-Dienst hat die Anfrage an eine andere Adresse umgeleitet (%1). Der Umleitung wurde nicht gefolgt, der API-Schlüssel wurde also nicht dorthin gesendet. Prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <source>Fivetran is receiving too many requests from this account. Try again in %1.</source>
        <translation>Fivetran erhält zu viele Anfragen von diesem Konto. Versuchen Sie es in %1 noch einmal.</translation>
    </message>
</context>
<context>
    <name>ftapp::ConsoleLauncher</name>
    <message>
        <source>Enter the API secret for &quot;%1&quot; (it is not kept between sessions on this computer).</source>
        <translation>Geben Sie das API-Geheimnis für „%1“ ein (es wird auf diesem Computer nicht über die Sitzung hinaus aufbewahrt).</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ftmodels</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (deleted destination)</source>
        <translation>%1 (gelöschtes Ziel)</translation>
    </message>
    <message>
        <source>%1 (deleted connection)</source>
        <translation>%1 (gelöschte Verbindung)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invitation pending</source>
        <translation>Einladung ausstehend</translation>
    </message>
    <message>
        <source>E-mail not verified</source>
        <translation>E-Mail nicht bestätigt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Can sign in and use the account.</source>
        <translation>Kann sich anmelden und das Konto nutzen.</translation>
    </message>
    <message>
        <source>Was invited and has not accepted the invitation yet.</source>
        <translation>Wurde eingeladen und hat die Einladung noch nicht angenommen.</translation>
    </message>
    <message>
        <source>Has joined but has not confirmed the e-mail address yet.</source>
        <translation>Ist beigetreten, hat die E-Mail-Adresse aber noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>The account is disabled: this person cannot sign in.</source>
        <translation>Das Konto ist deaktiviert: Diese Person kann sich nicht anmelden.</translation>
    </message>
</context>
<context>
    <name>ftmodels::AccessReasons</name>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Full control, its members included.</source>
        <translation>Volle Kontrolle, einschließlich der Mitglieder.</translation>
    </message>
    <message>
        <source>Can change the setup, but not who has access.</source>
        <translation>Kann die Einrichtung ändern, aber nicht, wer Zugriff hat.</translation>
    </message>
    <message>
        <source>Can look, not change.</source>
        <translation>Kann ansehen, nicht ändern.</translation>
    </message>
    <message>
        <source>Reaches nothing.</source>
        <translation>Erreicht nichts.</translation>
    </message>
    <message>
        <source>A custom role, or one the console does not know, is involved: what it allows is not documented, so the level is not guessed.</source>
        <translation>Eine eigene Rolle oder eine, die die Konsole nicht kennt, ist beteiligt: Was sie erlaubt, ist nicht dokumentiert, daher wird die Stufe nicht geraten.</translation>
    </message>
    <message>
        <source>Own membership</source>
        <translation>Eigene Mitgliedschaft</translation>
    </message>
    <message>
        <source>Account role</source>
        <translation>Kontorolle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <source>as a member with the role %1</source>
        <translation>als Mitglied mit der Rolle %1</translation>
    </message>
    <message>
        <source>because their account role is %1</source>
        <translation>weil die Kontorolle %1 ist</translation>
    </message>
    <message>
        <source>through the destination %1 (%2)</source>
        <translation>über das Ziel %1 (%2)</translation>
    </message>
    <message>
        <source>through the team %1 and the destination %2 (%3)</source>
        <translation>über das Team %1 und das Ziel %2 (%3)</translation>
    </message>
    <message>
        <source>through the team %1 (%2)</source>
        <translation>über das Team %1 (%2)</translation>
    </message>
    <message>
        <source>through the team %1, whose account role is %2</source>
        <translation>über das Team %1 mit der Kontorolle %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(a custom role: what it reaches is not documented)</source>
        <translation>(eine eigene Rolle: was sie erreicht, ist nicht dokumentiert)</translation>
    </message>
    <message>
        <source>(a role the console does not know: what it reaches is not guessed)</source>
        <translation>(eine Rolle, die die Konsole nicht kennt: was sie erreicht, wird nicht geraten)</translation>
    </message>
</context>
<context>
    <name>ftmodels::Audit</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Invitation pending over 30 days</source>
        <translation>Einladung seit über 30 Tagen offen</translation>
    </message>
    <message>
        <source>No login in 90 days</source>
        <translation>Seit 90 Tagen keine Anmeldung</translation>
    </message>
    <message>
        <source>Never logged in</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>No account role</source>
        <translation>Keine Kontorolle</translation>
    </message>
    <message>
        <source>Deprecated role</source>
        <translation>Veraltete Rolle</translation>
    </message>
    <message>
        <source>Target no longer exists</source>
        <translation>Ziel existiert nicht mehr</translation>
    </message>
    <message>
        <source>Was invited more than 30 days ago and has not accepted: the invitation is probably forgotten.</source>
        <translation>Wurde vor mehr als 30 Tagen eingeladen und hat nicht angenommen: Die Einladung ist wohl vergessen.</translation>
    </message>
    <message>
        <source>Has signed in before, but not in the last 90 days: is this access still needed?</source>
        <translation>Hat sich früher angemeldet, aber nicht in den letzten 90 Tagen: Wird dieser Zugriff noch gebraucht?</translation>
    </message>
    <message>
        <source>Has never signed in.</source>
        <translation>Hat sich nie angemeldet.</translation>
    </message>
    <message>
        <source>Has no account role: can only reach what memberships grant.</source>
        <translation>Hat keine Kontorolle: Erreicht nur, was Mitgliedschaften erlauben.</translation>
    </message>
    <message>
        <source>The role is deprecated: move this access to the role that replaces it.</source>
        <translation>Die Rolle ist veraltet: Übertragen Sie diesen Zugriff auf die Rolle, die sie ersetzt.</translation>
    </message>
    <message>
        <source>The destination or connection no longer exists, but the membership remains.</source>
        <translation>Das Ziel oder die Verbindung existiert nicht mehr, die Mitgliedschaft aber schon.</translation>
    </message>
    <message>
        <source>Redundant grant</source>
        <translation>Überflüssige Berechtigung</translation>
    </message>
    <message>
        <source>Another path (the account role, the destination, a team) already gives at least this level: removing the membership would change nothing, a clean-up candidate.</source>
        <translation>Ein anderer Weg (die Kontorolle, das Ziel, ein Team) gibt bereits mindestens diese Stufe: Die Mitgliedschaft zu entfernen würde nichts ändern, ein Kandidat zum Aufräumen.</translation>
    </message>
</context>
<context>
    <name>ftmodels::AuditCollector</name>
    <message>
        <source>The list of roles</source>
        <translation>Die Liste der Rollen</translation>
    </message>
    <message>
        <source>The list of destinations</source>
        <translation>Die Liste der Ziele</translation>
    </message>
    <message>
        <source>The connections of destination %1</source>
        <translation>Die Verbindungen des Ziels %1</translation>
    </message>
    <message>
        <source>Page %1 of the list of users</source>
        <translation>Seite %1 der Benutzerliste</translation>
    </message>
    <message>
        <source>The list of users after page %1: the server repeated a page cursor, the list would never end.</source>
        <translation>Die Benutzerliste nach Seite %1: Der Server hat einen Seitenzeiger wiederholt, die Liste würde nie enden.</translation>
    </message>
    <message>
        <source>The destination memberships of %1</source>
        <translation>Die Zielmitgliedschaften von %1</translation>
    </message>
    <message>
        <source>The connection memberships of %1</source>
        <translation>Die Verbindungsmitgliedschaften von %1</translation>
    </message>
    <message>
        <source>The list of users did not arrive completely.</source>
        <translation>Die Benutzerliste ist nicht vollständig angekommen.</translation>
    </message>
    <message>
        <source>The list of users: %1</source>
        <translation>Die Liste der Benutzer: %1</translation>
    </message>
    <message>
        <source>The list of teams</source>
        <translation>Die Liste der Teams</translation>
    </message>
    <message>
        <source>The members of team %1</source>
        <translation>Die Mitglieder des Teams %1</translation>
    </message>
    <message>
        <source>The destination roles of team %1</source>
        <translation>Die Zielrollen des Teams %1</translation>
    </message>
    <message>
        <source>The connection roles of team %1</source>
        <translation>Die Verbindungsrollen des Teams %1</translation>
    </message>
</context>
<context>
    <name>ftmodels::AuditModel</name>
    <message>
        <source>%1 (deleted destination)</source>
        <translation>%1 (gelöschtes Ziel)</translation>
    </message>
    <message>
        <source>%1 (deleted connection)</source>
        <translation>%1 (gelöschte Verbindung)</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>This role is deprecated.</source>
        <translation>Diese Rolle ist veraltet.</translation>
    </message>
    <message>
        <source>Its replacement is %1.</source>
        <translation>Sie wird ersetzt durch %1.</translation>
    </message>
    <message>
        <source>Has never logged in.</source>
        <translation>Hat sich nie angemeldet.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zugriffsobjekt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>Objekt-ID</translation>
    </message>
</context>
<context>
    <name>ftmodels::AuditPivotModel</name>
    <message>
        <source>The account</source>
        <translation>Das Konto</translation>
    </message>
    <message>
        <source>No account role</source>
        <translation>Keine Kontorolle</translation>
    </message>
    <message>
        <source>User / can reach</source>
        <translation>Benutzer / erreicht</translation>
    </message>
    <message>
        <source>Target / reachable by</source>
        <translation>Objekt / erreichbar für</translation>
    </message>
    <message>
        <source>E-mail / kind</source>
        <translation>E-Mail / Art</translation>
    </message>
    <message>
        <source>Kind / e-mail</source>
        <translation>Art / E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Hygienehinweise</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>ftmodels::ChangeVerifier</name>
    <message>
        <source>Not connected to a Fivetran account.</source>
        <translation>Nicht mit einem Fivetran-Konto verbunden.</translation>
    </message>
    <message>
        <source>%1 is already a user of the account, with other details.</source>
        <translation>%1 ist bereits Benutzer des Kontos, mit anderen Angaben.</translation>
    </message>
    <message>
        <source>Already a member there, with the role %1.</source>
        <translation>Dort bereits Mitglied, mit der Rolle %1.</translation>
    </message>
</context>
<context>
    <name>ftmodels::ChangeWords</name>
    <message>
        <source>the destination %1</source>
        <translation>das Ziel %1</translation>
    </message>
    <message>
        <source>the connection %1</source>
        <translation>die Verbindung %1</translation>
    </message>
    <message>
        <source>Invite %1 (%2) with the account role %3</source>
        <translation>%1 (%2) mit der Kontorolle %3 einladen</translation>
    </message>
    <message>
        <source>Invite %1 (%2) without an account role</source>
        <translation>%1 (%2) ohne Kontorolle einladen</translation>
    </message>
    <message>
        <source>Change %1&apos;s account role to %2</source>
        <translation>Kontorolle von %1 in %2 ändern</translation>
    </message>
    <message>
        <source>account role %1</source>
        <translation>Kontorolle %1</translation>
    </message>
    <message>
        <source>Change %1&apos;s given name to “%2”</source>
        <translation>Vornamen von %1 in „%2“ ändern</translation>
    </message>
    <message>
        <source>given name “%1”</source>
        <translation>Vorname „%1“</translation>
    </message>
    <message>
        <source>Change %1&apos;s family name to “%2”</source>
        <translation>Nachnamen von %1 in „%2“ ändern</translation>
    </message>
    <message>
        <source>family name “%1”</source>
        <translation>Nachname „%1“</translation>
    </message>
    <message>
        <source>Change %1&apos;s phone to %2</source>
        <translation>Telefonnummer von %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Remove %1&apos;s phone</source>
        <translation>Telefonnummer von %1 entfernen</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>kein Telefon</translation>
    </message>
    <message>
        <source>Give %1 a new picture</source>
        <translation>%1 ein neues Bild geben</translation>
    </message>
    <message>
        <source>Remove %1&apos;s picture</source>
        <translation>Bild von %1 entfernen</translation>
    </message>
    <message>
        <source>a new picture</source>
        <translation>ein neues Bild</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>Update %1: %2</source>
        <translation>%1 ändern: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete the user %1 (%2)</source>
        <translation>Benutzer %1 (%2) löschen</translation>
    </message>
    <message>
        <source>Delete the user %1</source>
        <translation>Benutzer %1 löschen</translation>
    </message>
    <message>
        <source>Remove %1&apos;s account role (%2)</source>
        <translation>Kontorolle von %1 entfernen (%2)</translation>
    </message>
    <message>
        <source>Remove %1&apos;s account role</source>
        <translation>Kontorolle von %1 entfernen</translation>
    </message>
    <message>
        <source>Give %1 the role %2 in %3</source>
        <translation>%1 die Rolle %2 in %3 geben</translation>
    </message>
    <message>
        <source>Change %1&apos;s role in %2 from %3 to %4</source>
        <translation>Rolle von %1 in %2 von %3 in %4 ändern</translation>
    </message>
    <message>
        <source>Change %1&apos;s role in %2 to %3</source>
        <translation>Rolle von %1 in %2 in %3 ändern</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
</context>
<context>
    <name>ftmodels::CsvReader</name>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 (with or without a byte-order mark) and try again.</source>
        <translation>Die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 (mit oder ohne Byte-Order-Mark) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte), so it is not CSV text.</source>
        <translation>Die Datei enthält Binärdaten (ein NUL-Byte), sie ist also kein CSV-Text.</translation>
    </message>
    <message>
        <source>This line is not UTF-8 text; save the file as UTF-8 and try again.</source>
        <translation>Diese Zeile ist kein UTF-8-Text; speichern Sie die Datei als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A quoted field starts on this line and is never closed (a missing &quot;).</source>
        <translation>Ein Feld in Anführungszeichen beginnt in dieser Zeile und wird nie geschlossen (ein fehlendes &quot;).</translation>
    </message>
    <message>
        <source>There is text after a closing quote; a field in quotes must end at the quote.</source>
        <translation>Nach einem schließenden Anführungszeichen steht Text; ein Feld in Anführungszeichen muss am Anführungszeichen enden.</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with one; put the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation>Ein Anführungszeichen in einem Feld, das nicht mit einem beginnt; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>ftmodels::DiffModel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zugriffsobjekt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>Was und warum</translation>
    </message>
</context>
<context>
    <name>ftmodels::DiffPivotModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Destination or connection</source>
        <translation>Ziel oder Verbindung</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>Was und warum</translation>
    </message>
</context>
<context>
    <name>ftmodels::DiffReport</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 UTC</source>
        <translation>Momentaufnahme %1 vom %2 UTC</translation>
    </message>
    <message>
        <source>A fresh audit of %1 UTC</source>
        <translation>Eine neue Prüfung vom %1 UTC</translation>
    </message>
    <message>
        <source>: %1 people, %2 direct grants</source>
        <translation>: %1 Personen, %2 direkte Berechtigungen</translation>
    </message>
    <message>
        <source>People with a change: %1</source>
        <translation>Personen mit einer Änderung: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 people, %3 rows</source>
        <translation>%1: %2 Personen, %3 Zeilen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Zugriffsüberprüfung</translation>
    </message>
    <message>
        <source>Could not start a PDF in %1</source>
        <translation>Konnte in %1 kein PDF anlegen</translation>
    </message>
    <message>
        <source>fivetran-admin %1 – written %2 UTC</source>
        <translation>fivetran-admin %1 – geschrieben %2 UTC</translation>
    </message>
    <message>
        <source>Access review: what changed between two audits</source>
        <translation>Zugriffsüberprüfung: was sich zwischen zwei Prüfungen geändert hat</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Older: %1</source>
        <translation>Älter: %1</translation>
    </message>
    <message>
        <source>Newer: %1</source>
        <translation>Neuer: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Changes to people, roles and grants</source>
        <translation>Änderungen an Personen, Rollen und Berechtigungen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>… and %1 more (the CSV or JSON of the same comparison lists them all).</source>
        <translation>… und %1 weitere (CSV oder JSON desselben Vergleichs führen alle auf).</translation>
    </message>
    <message>
        <source>Effective access: what people can reach now, and why</source>
        <translation>Tatsächlicher Zugriff: was Personen jetzt erreichen, und warum</translation>
    </message>
    <message>
        <source>No one gained or lost access.</source>
        <translation>Niemand hat Zugriff gewonnen oder verloren.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Hygiene flags at the newer date</source>
        <translation>Hygienehinweise zum neueren Datum</translation>
    </message>
</context>
<context>
    <name>ftmodels::DiffWords</name>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Person hinzugekommen</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Person entfernt</translation>
    </message>
    <message>
        <source>Account role changed</source>
        <translation>Kontorolle geändert</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Zustand geändert</translation>
    </message>
    <message>
        <source>Grant added</source>
        <translation>Berechtigung hinzugekommen</translation>
    </message>
    <message>
        <source>Grant removed</source>
        <translation>Berechtigung entfernt</translation>
    </message>
    <message>
        <source>Grant role changed</source>
        <translation>Rolle einer Berechtigung geändert</translation>
    </message>
    <message>
        <source>Access gained</source>
        <translation>Zugriff gewonnen</translation>
    </message>
    <message>
        <source>Access lost</source>
        <translation>Zugriff verloren</translation>
    </message>
    <message>
        <source>Access level changed</source>
        <translation>Zugriffsstufe geändert</translation>
    </message>
    <message>
        <source>the connection %1</source>
        <translation>die Verbindung %1</translation>
    </message>
    <message>
        <source>the destination %1</source>
        <translation>das Ziel %1</translation>
    </message>
    <message>
        <source>through their own membership (%1)</source>
        <translation>über die eigene Mitgliedschaft (%1)</translation>
    </message>
    <message>
        <source>through the account role %1</source>
        <translation>über die Kontorolle %1</translation>
    </message>
    <message>
        <source>through the destination %1 (%2)</source>
        <translation>über das Ziel %1 (%2)</translation>
    </message>
    <message>
        <source>through the team %1 on the destination %2 (%3)</source>
        <translation>über das Team %1 im Ziel %2 (%3)</translation>
    </message>
    <message>
        <source>through the team %1 (%2)</source>
        <translation>über das Team %1 (%2)</translation>
    </message>
    <message>
        <source>as what its roles allow changed</source>
        <translation>weil sich geändert hat, was ihre Rollen erlauben</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>no longer %1</source>
        <translation>nicht mehr %1</translation>
    </message>
    <message>
        <source>gained %1 on %2 %3</source>
        <translation>erhielt %1 auf %2 %3</translation>
    </message>
    <message>
        <source>lost %1 on %2, %3</source>
        <translation>verlor %1 auf %2, %3</translation>
    </message>
    <message>
        <source>went from %1 to %2 on %3, %4</source>
        <translation>ging von %1 auf %2 bei %3, %4</translation>
    </message>
    <message>
        <source>%1 (%2) was added, with %3, %4</source>
        <translation>%1 (%2) kam hinzu, mit %3, %4</translation>
    </message>
    <message>
        <source>%1 (%2) was removed; they had %3</source>
        <translation>%1 (%2) wurde entfernt; die Person hatte %3</translation>
    </message>
    <message>
        <source>%1&apos;s account role went from %2 to %3</source>
        <translation>Die Kontorolle von %1 ging von %2 auf %3</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3</source>
        <translation>%1 ging von %2 auf %3</translation>
    </message>
    <message>
        <source>%1 was given %2 on %3</source>
        <translation>%1 erhielt %2 auf %3</translation>
    </message>
    <message>
        <source>%1 no longer has %2 on %3</source>
        <translation>%1 hat %2 auf %3 nicht mehr</translation>
    </message>
    <message>
        <source>%1&apos;s role on %2 went from %3 to %4</source>
        <translation>Die Rolle von %1 auf %2 ging von %3 auf %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>gained %1 on</source>
        <translation>erhielt %1 auf</translation>
    </message>
    <message>
        <source>lost %1 on</source>
        <translation>verlor %1 auf</translation>
    </message>
    <message>
        <source>went from %1 to %2 on</source>
        <translation>ging von %1 auf %2 bei</translation>
    </message>
    <message>
        <source>1 destination</source>
        <translation>1 Ziel</translation>
    </message>
    <message>
        <source>%1 destinations</source>
        <translation>%1 Zielen</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>ftmodels::EffectiveModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zugriffsobjekt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Hygienehinweise</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>Objekt-ID</translation>
    </message>
</context>
<context>
    <name>ftmodels::EffectivePivotModel</name>
    <message numerus="yes">
        <source>Reaches %n destination(s) or connection(s)</source>
        <translation>
            <numerusform>Erreicht %n Ziel oder Verbindung</numerusform>
            <numerusform>Erreicht %n Ziele oder Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached by %n person(s)</source>
        <translation>
            <numerusform>Erreicht von %n Person</numerusform>
            <numerusform>Erreicht von %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Person / can reach</source>
        <translation>Person / erreicht</translation>
    </message>
    <message>
        <source>Destination or connection / reached by</source>
        <translation>Ziel oder Verbindung / erreicht von</translation>
    </message>
    <message>
        <source>E-mail / kind</source>
        <translation>E-Mail / Art</translation>
    </message>
    <message>
        <source>Kind / e-mail</source>
        <translation>Art / E-Mail</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Hygienehinweise</translation>
    </message>
</context>
<context>
    <name>ftmodels::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Nothing to change: already as the file says</source>
        <translation>Nichts zu ändern: schon so, wie die Datei sagt</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
</context>
<context>
    <name>ftmodels::JobEstimate</name>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>etwa %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>etwa %1 h</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>this hour</source>
        <translation>in dieser Stunde</translation>
    </message>
    <message>
        <source>in its window of %1</source>
        <translation>in seinem Zeitfenster von %1</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 left %3</source>
        <translation>%1 von %2 übrig %3</translation>
    </message>
    <message>
        <source>%1 left %2</source>
        <translation>%1 übrig %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>eine Stunde</translation>
    </message>
    <message>
        <source>That is more than the budget has left, so it takes longer than %1: it waits whenever the budget runs low and goes on as it comes back.</source>
        <translation>Das ist mehr, als das Kontingent noch hat, es dauert also länger als %1: Es wartet, wann immer das Kontingent knapp wird, und geht weiter, sobald es zurückkommt.</translation>
    </message>
</context>
<context>
    <name>ftmodels::JournalModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Already so</source>
        <translation>War schon so</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>%1, undone</source>
        <translation>%1, rückgängig gemacht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ftmodels::JournalSettler</name>
    <message>
        <source>Entry %1 (%2) cannot be read back: %3</source>
        <translation>Eintrag %1 (%2) lässt sich nicht nachprüfen: %3</translation>
    </message>
    <message>
        <source>“%1”: still not known (%2); it is tried again next time.</source>
        <translation>„%1“: noch immer nicht bekannt (%2); es wird beim nächsten Mal erneut geprüft.</translation>
    </message>
    <message>
        <source>The program stopped before the answer came; reading the state later showed it was made.</source>
        <translation>Das Programm endete, bevor die Antwort kam; der später gelesene Stand zeigt, dass die Änderung vorgenommen wurde.</translation>
    </message>
    <message>
        <source>“%1” was made (the program had stopped before it heard).</source>
        <translation>„%1“ wurde vorgenommen (das Programm hatte geendet, bevor es davon erfuhr).</translation>
    </message>
    <message>
        <source>The program stopped before the answer came; reading the state later showed it was not made.</source>
        <translation>Das Programm endete, bevor die Antwort kam; der später gelesene Stand zeigt, dass die Änderung nicht vorgenommen wurde.</translation>
    </message>
    <message>
        <source>“%1” was not made (the program had stopped before it heard).</source>
        <translation>„%1“ wurde nicht vorgenommen (das Programm hatte geendet, bevor es davon erfuhr).</translation>
    </message>
</context>
<context>
    <name>ftmodels::MembershipsModel</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>This destination no longer exists; the membership remains.</source>
        <translation>Dieses Ziel existiert nicht mehr; die Mitgliedschaft bleibt bestehen.</translation>
    </message>
    <message>
        <source>This connection no longer exists; the membership remains.</source>
        <translation>Diese Verbindung existiert nicht mehr; die Mitgliedschaft bleibt bestehen.</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>This role is deprecated.</source>
        <translation>Diese Rolle ist veraltet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>ftmodels::PendingChanges</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Check and outcome</source>
        <translation>Prüfung und Ergebnis</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Already in effect</source>
        <translation>Bereits in Kraft</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Already in effect: nothing to send</source>
        <translation>Bereits in Kraft: nichts zu senden</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>The pending changes are being sent already.</source>
        <translation>Die ausstehenden Änderungen werden bereits gesendet.</translation>
    </message>
    <message>
        <source>There are no pending changes to apply.</source>
        <translation>Es gibt keine ausstehenden Änderungen anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n error(s) in the pending changes; nothing was sent. Correct or remove the changes marked as errors, then apply again.</source>
        <translation>
            <numerusform>Die Prüfung hat %n Fehler in den ausstehenden Änderungen gefunden; nichts wurde gesendet. Korrigieren oder entfernen Sie die als Fehler markierte Änderung und wenden Sie dann erneut an.</numerusform>
            <numerusform>Die Prüfung hat %n Fehler in den ausstehenden Änderungen gefunden; nichts wurde gesendet. Korrigieren oder entfernen Sie die als Fehler markierten Änderungen und wenden Sie dann erneut an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a Fivetran account, so nothing can be sent.</source>
        <translation>Nicht mit einem Fivetran-Konto verbunden, daher kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
</context>
<context>
    <name>ftmodels::PeopleImport</name>
    <message>
        <source>The file is empty. It needs a header row (%1) and one row per person.</source>
        <translation>Die Datei ist leer. Sie braucht eine Kopfzeile (%1) und eine Zeile pro Person.</translation>
    </message>
    <message>
        <source>(an empty name)</source>
        <translation>(ein leerer Name)</translation>
    </message>
    <message>
        <source>The first line must be the header row (%1); this one looks like a person.</source>
        <translation>Die erste Zeile muss die Kopfzeile sein (%1); diese sieht aus wie eine Person.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown column(s) in the header: %1. The columns are %2.</source>
        <translation>
            <numerusform>Unbekannte Spalte(n) in der Kopfzeile: %1. Die Spalten sind %2.</numerusform>
            <numerusform>Unbekannte Spalte(n) in der Kopfzeile: %1. Die Spalten sind %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header names %1 more than once.</source>
        <translation>Die Kopfzeile nennt %1 mehr als einmal.</translation>
    </message>
    <message>
        <source>The header has no email column; every row needs an e-mail.</source>
        <translation>Die Kopfzeile hat keine Spalte email; jede Zeile braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>This line has %1 fields; the header has %2.</source>
        <translation>Diese Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>The e-mail is missing.</source>
        <translation>Die E-Mail-Adresse fehlt.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“%1” in %2 is not TARGET=ROLE (for example Finance=View Destination).</source>
        <translation>„%1“ in %2 hat nicht die Form ZIEL=ROLLE (zum Beispiel Finance=View Destination).</translation>
    </message>
    <message>
        <source>%1 names “%2” twice.</source>
        <translation>%1 nennt „%2“ zweimal.</translation>
    </message>
    <message numerus="yes">
        <source>The same e-mail is on line(s) %1 too; each person may be on one line only.</source>
        <translation>
            <numerusform>Dieselbe E-Mail-Adresse steht auch in Zeile(n) %1; jede Person darf nur in einer Zeile stehen.</numerusform>
            <numerusform>Dieselbe E-Mail-Adresse steht auch in Zeile(n) %1; jede Person darf nur in einer Zeile stehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no role named “%1”.</source>
        <translation>Es gibt keine Rolle namens „%1“.</translation>
    </message>
    <message>
        <source>an account role</source>
        <translation>eine Kontorolle</translation>
    </message>
    <message>
        <source>a destination role</source>
        <translation>eine Zielrolle</translation>
    </message>
    <message>
        <source>a connection role</source>
        <translation>eine Verbindungsrolle</translation>
    </message>
    <message>
        <source>%1 is not %2 (its scope is %3).</source>
        <translation>%1 ist nicht %2 (ihr Geltungsbereich ist %3).</translation>
    </message>
    <message>
        <source>The destinations could not be read, so “%1” cannot be found.</source>
        <translation>Die Ziele konnten nicht gelesen werden, daher ist „%1“ nicht zu finden.</translation>
    </message>
    <message>
        <source>The connections could not be read, so “%1” cannot be found.</source>
        <translation>Die Verbindungen konnten nicht gelesen werden, daher ist „%1“ nicht zu finden.</translation>
    </message>
    <message>
        <source>There is no destination named “%1” (nor one with that id).</source>
        <translation>Es gibt kein Ziel namens „%1“ (und keines mit dieser ID).</translation>
    </message>
    <message>
        <source>There is no connection named “%1” (nor one with that id).</source>
        <translation>Es gibt keine Verbindung namens „%1“ (und keine mit dieser ID).</translation>
    </message>
    <message>
        <source>“%1” names %2 destinations (ids %3); write the id instead.</source>
        <translation>„%1“ bezeichnet %2 Ziele (IDs %3); schreiben Sie stattdessen die ID.</translation>
    </message>
    <message>
        <source>“%1” names %2 connections (ids %3); write the id instead.</source>
        <translation>„%1“ bezeichnet %2 Verbindungen (IDs %3); schreiben Sie stattdessen die ID.</translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same %3.</source>
        <translation>„%1“ und „%2“ sind dasselbe %3.</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 is not a user yet, so given_name and family_name are needed to invite them.</source>
        <translation>%1 ist noch kein Benutzer, daher sind given_name und family_name nötig, um die Person einzuladen.</translation>
    </message>
    <message>
        <source>Already a user as %1 %2; an import does not change names.</source>
        <translation>Bereits Benutzer als %1 %2; ein Import ändert keine Namen.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ftmodels::PlanChecker</name>
    <message>
        <source>The user %1 has the e-mail %2, not %3.</source>
        <translation>Der Benutzer %1 hat die E-Mail-Adresse %2, nicht %3.</translation>
    </message>
    <message>
        <source>The same change as change %1.</source>
        <translation>Dieselbe Änderung wie Änderung %1.</translation>
    </message>
    <message>
        <source>Contradicts change %1 (%2): one plan changes each thing once.</source>
        <translation>Widerspricht Änderung %1 (%2): Ein Plan ändert jedes Ding nur einmal.</translation>
    </message>
    <message>
        <source>The roles could not be read, so the role %1 was not checked; the service checks it when the change is sent.</source>
        <translation>Die Rollen konnten nicht gelesen werden, daher wurde die Rolle %1 nicht geprüft; der Dienst prüft sie beim Senden.</translation>
    </message>
    <message>
        <source>There is no role named “%1”.</source>
        <translation>Es gibt keine Rolle namens „%1“.</translation>
    </message>
    <message>
        <source>an account role</source>
        <translation>eine Kontorolle</translation>
    </message>
    <message>
        <source>a destination role</source>
        <translation>eine Zielrolle</translation>
    </message>
    <message>
        <source>a connection role</source>
        <translation>eine Verbindungsrolle</translation>
    </message>
    <message>
        <source>%1 is not %2 (its scope is %3).</source>
        <translation>%1 ist nicht %2 (ihr Geltungsbereich ist %3).</translation>
    </message>
    <message>
        <source>The role %1 is deprecated; Fivetran replaces it with %2.</source>
        <translation>Die Rolle %1 ist veraltet; Fivetran ersetzt sie durch %2.</translation>
    </message>
    <message>
        <source>The role %1 is deprecated.</source>
        <translation>Die Rolle %1 ist veraltet.</translation>
    </message>
    <message>
        <source>Not every user could be read, so it is not known whether someone else is an %1; the service refuses the change if %2 is the last one.</source>
        <translation>Nicht alle Benutzer konnten gelesen werden, daher ist unbekannt, ob noch jemand %1 ist; der Dienst lehnt die Änderung ab, wenn %2 der oder die Letzte ist.</translation>
    </message>
    <message>
        <source>After this change (step %1 of the plan) the account would have no %2: %3 is the last one by then. Make someone else %2 first.</source>
        <translation>Nach dieser Änderung (Schritt %1 des Plans) hätte das Konto keinen %2 mehr: %3 ist dann der oder die Letzte. Machen Sie zuerst jemand anderen zum %2.</translation>
    </message>
    <message>
        <source>The account would have no %1: %2 is the last one. Make someone else %1 first.</source>
        <translation>Das Konto hätte keinen %1 mehr: %2 ist der oder die Letzte. Machen Sie zuerst jemand anderen zum %1.</translation>
    </message>
    <message>
        <source>%1 is deleted by change %2, before this one.</source>
        <translation>%1 wird schon durch Änderung %2 gelöscht, vor dieser.</translation>
    </message>
    <message>
        <source>The user %1 could not be looked up; the service checks it.</source>
        <translation>Der Benutzer %1 konnte nicht nachgeschlagen werden; der Dienst prüft das.</translation>
    </message>
    <message>
        <source>No user has the e-mail %1.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is now “%3”; it was “%4” when this change was made.</source>
        <translation>%2 von %1 ist jetzt „%3“; als diese Änderung entstand, war es „%4“.</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachnamen</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>account role</source>
        <translation>Kontorolle</translation>
    </message>
    <message>
        <source>no account role</source>
        <translation>keine Kontorolle</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>An invitation needs a given name and a family name.</source>
        <translation>Eine Einladung braucht einen Vornamen und einen Nachnamen.</translation>
    </message>
    <message>
        <source>%1 is already a user with these names and this role.</source>
        <translation>%1 ist bereits Benutzer mit diesen Namen und dieser Rolle.</translation>
    </message>
    <message>
        <source>%1 is already a user of the account (%2, %3); inviting the address again would fail. Change the user instead.</source>
        <translation>%1 ist bereits Benutzer des Kontos (%2, %3); eine zweite Einladung an diese Adresse würde scheitern. Ändern Sie stattdessen den Benutzer.</translation>
    </message>
    <message>
        <source>Not every user could be read, so it is not known whether %1 is already a user; the service refuses a second invitation.</source>
        <translation>Nicht alle Benutzer konnten gelesen werden, daher ist unbekannt, ob %1 bereits Benutzer ist; der Dienst lehnt eine zweite Einladung ab.</translation>
    </message>
    <message>
        <source>%1 already has these details.</source>
        <translation>%1 hat diese Angaben bereits.</translation>
    </message>
    <message>
        <source>No user has the e-mail %1; there is nobody to delete.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse %1; es gibt niemanden zu löschen.</translation>
    </message>
    <message>
        <source>There is no user with the id %1; there is nobody to delete.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1; es gibt niemanden zu löschen.</translation>
    </message>
    <message>
        <source>%1 is not a user of the account.</source>
        <translation>%1 ist kein Benutzer des Kontos.</translation>
    </message>
    <message>
        <source>%1 has no account role.</source>
        <translation>%1 hat keine Kontorolle.</translation>
    </message>
    <message>
        <source>There is no destination with the id %1.</source>
        <translation>Es gibt kein Ziel mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no connection with the id %1.</source>
        <translation>Es gibt keine Verbindung mit der ID %1.</translation>
    </message>
    <message>
        <source>%1&apos;s memberships could not be read; the service checks this change.</source>
        <translation>Die Mitgliedschaften von %1 konnten nicht gelesen werden; der Dienst prüft diese Änderung.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2 (they were %3 there when this change was made).</source>
        <translation>%1 ist nicht mehr Mitglied von %2 (als diese Änderung entstand, mit der Rolle %3).</translation>
    </message>
    <message>
        <source>%1&apos;s role in %2 is now %3; it was %4 when this change was made.</source>
        <translation>Die Rolle von %1 in %2 ist jetzt %3; als diese Änderung entstand, war es %4.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>%1 is already a member of %2 as %3.</source>
        <translation>%1 ist bereits Mitglied von %2 mit der Rolle %3.</translation>
    </message>
    <message>
        <source>%1 is already a member of %2 as %3; change that role instead of adding them again.</source>
        <translation>%1 ist bereits Mitglied von %2 mit der Rolle %3; ändern Sie diese Rolle, statt die Person erneut hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2, so their role there cannot change; add them instead.</source>
        <translation>%1 ist kein Mitglied von %2, daher kann sich die Rolle dort nicht ändern; fügen Sie die Person stattdessen hinzu.</translation>
    </message>
    <message>
        <source>%1 already has the role %2 in %3.</source>
        <translation>%1 hat bereits die Rolle %2 in %3.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2.</source>
        <translation>%1 ist kein Mitglied von %2.</translation>
    </message>
    <message>
        <source>After this change the account has only one %1 left. If that person leaves, nobody can manage the account: consider keeping a second one.</source>
        <translation>Nach dieser Änderung hat das Konto nur noch einen %1. Fällt diese Person weg, kann niemand das Konto verwalten: Behalten Sie besser einen zweiten.</translation>
    </message>
</context>
<context>
    <name>ftmodels::PlanReader</name>
    <message>
        <source>Not connected to a Fivetran account.</source>
        <translation>Nicht mit einem Fivetran-Konto verbunden.</translation>
    </message>
    <message>
        <source>the users</source>
        <translation>die Benutzer</translation>
    </message>
    <message>
        <source>the roles</source>
        <translation>die Rollen</translation>
    </message>
    <message>
        <source>the destinations</source>
        <translation>die Ziele</translation>
    </message>
    <message>
        <source>the connections of %1</source>
        <translation>die Verbindungen von %1</translation>
    </message>
    <message>
        <source>the memberships of %1</source>
        <translation>die Mitgliedschaften von %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ftmodels::PlanRun</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>Not sent: the plan&apos;s check found a problem.</source>
        <translation>Nicht gesendet: Die Prüfung des Plans hat ein Problem gefunden.</translation>
    </message>
    <message>
        <source>Checked only; nothing was sent.</source>
        <translation>Nur geprüft; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Not connected to a Fivetran account.</source>
        <translation>Nicht mit einem Fivetran-Konto verbunden.</translation>
    </message>
    <message>
        <source>It is not known who %1 is.</source>
        <translation>Es ist nicht bekannt, wer %1 ist.</translation>
    </message>
    <message>
        <source>The user was already deleted.</source>
        <translation>Der Benutzer war bereits gelöscht.</translation>
    </message>
    <message>
        <source>The membership was already removed.</source>
        <translation>Die Mitgliedschaft war bereits entfernt.</translation>
    </message>
    <message>
        <source>It is not known whether the change was made (%1), and reading the current state failed too (%2). Refresh and check before trying again.</source>
        <translation>Es ist nicht bekannt, ob die Änderung vorgenommen wurde (%1), und auch das Lesen des aktuellen Stands ist gescheitert (%2). Aktualisieren und prüfen Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Cancelled; it was not sent again.</source>
        <translation>Abgebrochen; es wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The invitation of %1 did not go through, so this was not sent.</source>
        <translation>Die Einladung von %1 ist nicht durchgegangen, daher wurde dies nicht gesendet.</translation>
    </message>
    <message>
        <source>Change %1, which was to keep an Account Administrator, did not go through, so this was not sent.</source>
        <translation>Änderung %1, die einen Kontoadministrator erhalten sollte, ist nicht durchgegangen, daher wurde dies nicht gesendet.</translation>
    </message>
    <message>
        <source>Not sent: the change journal could not be written (%1).</source>
        <translation>Nicht gesendet: Das Änderungsprotokoll konnte nicht geschrieben werden (%1).</translation>
    </message>
</context>
<context>
    <name>ftmodels::ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>ftmodels::ReachModel</name>
    <message>
        <source>Some lists could not be loaded, so this may be incomplete. Press F5 to try again.</source>
        <translation>Einige Listen konnten nicht geladen werden, dies ist daher womöglich unvollständig. Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Working out everything they can reach…</source>
        <translation>Alles, was die Person erreicht, wird ermittelt…</translation>
    </message>
    <message>
        <source>Teams could not be read (%1): what teams grant is not shown.</source>
        <translation>Teams konnten nicht gelesen werden (%1): Was Teams gewähren, wird nicht gezeigt.</translation>
    </message>
    <message>
        <source>Their account role, %1, reaches no destination or connection by itself.</source>
        <translation>Die Kontorolle %1 erreicht für sich kein Ziel und keine Verbindung.</translation>
    </message>
    <message>
        <source>This user cannot reach any destination or connection.</source>
        <translation>Dieser Benutzer erreicht kein Ziel und keine Verbindung.</translation>
    </message>
    <message>
        <source>A Destination Creator manages the destinations they created; which ones the API does not say, so they are not listed.</source>
        <translation>Ein Destination Creator verwaltet die Ziele, die er erstellt hat; welche das sind, sagt die API nicht, daher sind sie nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Destination or connection, and why</source>
        <translation>Ziel oder Verbindung, und warum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
</context>
<context>
    <name>ftmodels::RolesModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>Deprecated: use %1</source>
        <translation>Veraltet: verwenden Sie %1</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ftmodels::SelectionReach</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Destination or connection</source>
        <translation>Ziel oder Verbindung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Their roles there</source>
        <translation>Ihre Rollen dort</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the memberships of %1</source>
        <translation>die Mitgliedschaften von %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ftmodels::SnapshotListModel</name>
    <message>
        <source>Snapshot %1, taken by %2 with fivetran-admin %3</source>
        <translation>Momentaufnahme %1, aufgenommen von %2 mit fivetran-admin %3</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>ftmodels::TimeFormat</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>vor 1 Monat</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
</context>
<context>
    <name>ftmodels::UndoPlanner</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Undo: %1 changes made together, the first “%2”</source>
        <translation>Rückgängig: %1 gemeinsam vorgenommene Änderungen, die erste „%2“</translation>
    </message>
    <message>
        <source>“%1”: its outcome is not known yet</source>
        <translation>„%1“: ihr Ergebnis ist noch nicht bekannt</translation>
    </message>
    <message>
        <source>“%1”: it changed nothing (%2)</source>
        <translation>„%1“: sie hat nichts geändert (%2)</translation>
    </message>
    <message>
        <source>“%1”: already undone</source>
        <translation>„%1“: schon rückgängig gemacht</translation>
    </message>
    <message>
        <source>“%1”: there is nothing to undo</source>
        <translation>„%1“: es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>“%1”: its undo cannot be read (%2)</source>
        <translation>„%1“: ihre Rücknahme lässt sich nicht lesen (%2)</translation>
    </message>
    <message>
        <source>%1 comes back as a new user: with a new id, a new invitation e-mail to %2, and without the creation date and login history of the old one.</source>
        <translation>%1 kommt als neuer Benutzer zurück: mit einer neuen ID, einer neuen Einladungs-E-Mail an %2 und ohne das Erstellungsdatum und den Anmeldeverlauf des alten.</translation>
    </message>
</context>
<context>
    <name>ftmodels::UsersModel</name>
    <message>
        <source>No account role</source>
        <translation>Keine Kontorolle</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1 (Dienstkonto)</translation>
    </message>
    <message>
        <source>This user has no role in the account itself.</source>
        <translation>Dieser Benutzer hat keine Rolle im Konto selbst.</translation>
    </message>
    <message>
        <source>Has never signed in.</source>
        <translation>Hat sich nie angemeldet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Account role</source>
        <translation>Kontorolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>The role in the account itself; destination and connection roles are in the details panel.</source>
        <translation>Die Rolle im Konto selbst; Ziel- und Verbindungsrollen stehen im Detailbereich.</translation>
    </message>
    <message>
        <source>When the user last signed in to Fivetran.</source>
        <translation>Wann sich der Benutzer zuletzt bei Fivetran angemeldet hat.</translation>
    </message>
    <message>
        <source>When the user was added to the account.</source>
        <translation>Wann der Benutzer dem Konto hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>Not connected to an account.</source>
        <translation>Mit keinem Konto verbunden.</translation>
    </message>
</context>
<context>
    <name>ftui::AboutDialog</name>
    <message>
        <source>About Fivetran Admin</source>
        <translation>Über Fivetran Admin</translation>
    </message>
    <message>
        <source>Fivetran Admin logo</source>
        <translation>Logo von Fivetran Admin</translation>
    </message>
    <message>
        <source>Fivetran Admin</source>
        <translation>Fivetran Admin</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A desktop console for the users of a Fivetran account: invite, edit and remove them, manage their roles and memberships, and audit who can reach what.</source>
        <translation>Eine Arbeitsoberfläche für die Benutzer eines Fivetran-Kontos: einladen, bearbeiten und entfernen, Rollen und Mitgliedschaften verwalten und prüfen, wer was erreicht.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>The project&apos;s page</source>
        <translation>Die Seite des Projekts</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
</context>
<context>
    <name>ftui::AccountIndicator</name>
    <message>
        <source>Demo</source>
        <translation>Demokonto</translation>
    </message>
    <message>
        <source>The built-in sandbox: sample data, nothing here touches a real Fivetran account.</source>
        <translation>Die eingebaute Sandbox: Beispieldaten, nichts hier berührt ein echtes Fivetran-Konto.</translation>
    </message>
    <message>
        <source>Sandbox at %1</source>
        <translation>Sandbox unter %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
</context>
<context>
    <name>ftui::ApiDialog</name>
    <message>
        <source>Not connected to a Fivetran account, so nothing can be changed. Close this window and connect again.</source>
        <translation>Nicht mit einem Fivetran-Konto verbunden, daher kann nichts geändert werden. Schließen Sie dieses Fenster und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The change was not sent.</source>
        <translation>Die Änderung wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Fivetran asked to slow down; sending in %1…</source>
        <translation>Fivetran bittet um weniger Anfragen; gesendet wird in %1…</translation>
    </message>
    <message>
        <source>Add to &amp;Pending Changes</source>
        <translation>Zu den &amp;ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>Hold this change back with the other pending changes, to review and apply them together</source>
        <translation>Diese Änderung mit den anderen ausstehenden Änderungen zurückhalten, um sie gemeinsam zu prüfen und anzuwenden</translation>
    </message>
    <message>
        <source>Added to Pending Changes: %1</source>
        <translation>Zu den ausstehenden Änderungen hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n change(s) to Pending Changes</source>
        <translation>
            <numerusform>%n Änderung zu den ausstehenden Änderungen hinzugefügt</numerusform>
            <numerusform>%n Änderungen zu den ausstehenden Änderungen hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::AuditFilterBar</name>
    <message>
        <source>User name or e-mail</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <source>Destination or connection</source>
        <translation>Ziel oder Verbindung</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any of</source>
        <comment>hygiene flags</comment>
        <translation>eines von</translation>
    </message>
    <message>
        <source>all of</source>
        <comment>hygiene flags</comment>
        <translation>alle von</translation>
    </message>
    <message>
        <source>Show the rows that carry any of the checked flags, or only those that carry all of them.</source>
        <translation>Zeigt die Zeilen, die eines der angekreuzten Merkmale tragen, oder nur die, die alle tragen.</translation>
    </message>
    <message>
        <source>&amp;Hygiene:</source>
        <translation>&amp;Hygienehinweise:</translation>
    </message>
</context>
<context>
    <name>ftui::AuditProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the audit; what has arrived stays visible, marked incomplete.</source>
        <translation>Die Prüfung anhalten; was angekommen ist, bleibt sichtbar und wird als unvollständig markiert.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Fetch everyone&apos;s access again.</source>
        <translation>Die Zugriffe aller erneut abrufen.</translation>
    </message>
    <message>
        <source>Listing users…</source>
        <translation>Benutzer werden aufgelistet…</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>The API asked us to slow down: resuming in %1</source>
        <translation>Die API bittet um weniger Anfragen: weiter in %1</translation>
    </message>
    <message>
        <source>The API asked us to wait: resuming in %1, at %2</source>
        <translation>Die API bittet zu warten: weiter in %1, um %2</translation>
    </message>
    <message>
        <source>Waiting for the hourly request budget: resuming in %1</source>
        <translation>Wartet auf das stündliche Anfragekontingent: weiter in %1</translation>
    </message>
    <message>
        <source>Paused until %1 for the hourly request budget: resuming in %2, where it left off</source>
        <translation>Angehalten bis %1 wegen des stündlichen Anfragekontingents: weiter in %2, dort, wo es aufgehört hat</translation>
    </message>
    <message>
        <source>Start Audit</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <source>Fetch everyone&apos;s access now.</source>
        <translation>Jetzt den Zugriff aller abrufen.</translation>
    </message>
</context>
<context>
    <name>ftui::AuditWindow</name>
    <message>
        <source>Access Audit</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <source>All access</source>
        <translation>Alle Zugriffe</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Nach Benutzer</translation>
    </message>
    <message>
        <source>By target</source>
        <translation>Nach Objekt</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Writes the rows shown, with the filters and sort applied, user and target ids included.</source>
        <translation>Schreibt die angezeigten Zeilen, gefiltert und sortiert, mit Benutzer- und Objekt-IDs.</translation>
    </message>
    <message>
        <source>The audit was cancelled: the table shows only what had arrived (%1 of %2 users) and is incomplete.</source>
        <translation>Die Prüfung wurde abgebrochen: Die Tabelle zeigt nur, was angekommen war (%1 von %2 Benutzern), und ist unvollständig.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message numerus="yes">
        <source>The audit is incomplete: %n list(s) could not be fetched, so some access is missing from the table.</source>
        <translation>
            <numerusform>Die Prüfung ist unvollständig: %n Liste konnte nicht abgerufen werden, daher fehlen Zugriffe in der Tabelle.</numerusform>
            <numerusform>Die Prüfung ist unvollständig: %n Listen konnten nicht abgerufen werden, daher fehlen Zugriffe in der Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit complete: %1 users, %2 rows, %3 requests.</source>
        <translation>Prüfung abgeschlossen: %1 Benutzer, %2 Zeilen, %3 Anfragen.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows · %2 shown</source>
        <translation>%1 Zeilen · %2 angezeigt</translation>
    </message>
    <message>
        <source> · %1 users</source>
        <translation> · %1 Benutzer</translation>
    </message>
    <message>
        <source>Export the audit as JSON</source>
        <translation>Die Prüfung als JSON exportieren</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>Die Prüfung als CSV exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .json.</source>
        <translation>Wählen Sie einen Dateinamen, der auf .csv oder .json endet.</translation>
    </message>
    <message>
        <source>This audit was cancelled before it finished.</source>
        <translation>Diese Prüfung wurde vor ihrem Ende abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be fetched.</source>
        <translation>
            <numerusform>%n Liste konnte nicht abgerufen werden.</numerusform>
            <numerusform>%n Listen konnten nicht abgerufen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export an incomplete audit?</source>
        <translation>Eine unvollständige Prüfung exportieren?</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Effective access</source>
        <translation>Tatsächlicher Zugriff</translation>
    </message>
    <message>
        <source>Which memberships and account role does each person hold?</source>
        <translation>Welche Mitgliedschaften und welche Kontorolle hat jede Person?</translation>
    </message>
    <message>
        <source>Who holds a membership of each destination and connection, and with which role?</source>
        <translation>Wer ist Mitglied jedes Ziels und jeder Verbindung, und mit welcher Rolle?</translation>
    </message>
    <message>
        <source>What everyone can really reach, through their account role, destinations and teams too, and why.</source>
        <translation>Was jede Person tatsächlich erreicht, auch über Kontorolle, Ziele und Teams, und warum.</translation>
    </message>
    <message>
        <source>Audit complete: %1 users, %2 rows, %3 requests. Teams could not be read (%4): effective access leaves out what teams grant.</source>
        <translation>Prüfung abgeschlossen: %1 Benutzer, %2 Zeilen, %3 Anfragen. Teams konnten nicht gelesen werden (%4): Der tatsächliche Zugriff lässt aus, was Teams gewähren.</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected Access</source>
        <translation>Ausgewählte Zugriffe &amp;entziehen</translation>
    </message>
    <message>
        <source>Add the removal of each selected access to Pending Changes in the main window; nothing is sent until you apply them there.</source>
        <translation>Das Entfernen jedes ausgewählten Zugriffs zu den ausstehenden Änderungen im Hauptfenster hinzufügen; nichts wird gesendet, bis Sie sie dort anwenden.</translation>
    </message>
    <message>
        <source>&amp;Select These People</source>
        <translation>Diese Personen aus&amp;wählen</translation>
    </message>
    <message>
        <source>Select the people of the selected rows in the main window, to act on all of them from the User menu.</source>
        <translation>Die Personen der ausgewählten Zeilen im Hauptfenster auswählen, um über das Menü Benutzer auf alle zugleich zu wirken.</translation>
    </message>
    <message>
        <source>An audit of %1 people:</source>
        <translation>Eine Prüfung von %1 Personen:</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Momentaufnahmen</translation>
    </message>
    <message>
        <source>Every completed audit of this account, kept; compare any two, or one with this audit, and save a report.</source>
        <translation>Jede abgeschlossene Prüfung dieses Kontos, aufbewahrt; vergleichen Sie zwei beliebige oder eine mit dieser Prüfung und speichern Sie einen Bericht.</translation>
    </message>
    <message>
        <source>The export will lack some access. A JSON export says so inside; a CSV file cannot.</source>
        <translation>Dem Export werden Zugriffe fehlen. Ein JSON-Export vermerkt das; eine CSV-Datei kann es nicht.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows to %3: only the rows the filters show; the file says which filters.</source>
        <translation>%1 von %2 Zeilen nach %3 exportiert: nur die Zeilen, die die Filter zeigen; die Datei nennt die Filter.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows to %3: only the rows the filters show.</source>
        <translation>%1 von %2 Zeilen nach %3 exportiert: nur die Zeilen, die die Filter zeigen.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2. The audit is incomplete, and so is the file.</source>
        <translation>%1 Zeilen nach %2 exportiert. Die Prüfung ist unvollständig, die Datei also auch.</translation>
    </message>
</context>
<context>
    <name>ftui::BulkActionsController</name>
    <message>
        <source>Import People</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; that is not a list of people.</source>
        <translation>%1 ist größer als 64 MB; das ist keine Liste von Personen.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Plans (*.json);;All files (*)</source>
        <translation>Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a plan of changes: %2</source>
        <translation>%1 ist kein Plan von Änderungen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n change(s) from %1; nothing is sent until you apply them.</source>
        <translation>
            <numerusform>%n Änderung aus %1 hinzugefügt; nichts wird gesendet, bis Sie sie anwenden.</numerusform>
            <numerusform>%n Änderungen aus %1 hinzugefügt; nichts wird gesendet, bis Sie sie anwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Pending Changes</source>
        <translation>Ausstehende Änderungen speichern</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>Pläne (*.json)</translation>
    </message>
    <message>
        <source>The plan could not be written to %1: %2</source>
        <translation>Der Plan konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to %1; &quot;fivetran-admin apply&quot; reads it.</source>
        <translation>
            <numerusform>%n Änderung in %1 gespeichert; „fivetran-admin apply“ liest die Datei.</numerusform>
            <numerusform>%n Änderungen in %1 gespeichert; „fivetran-admin apply“ liest die Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n revocation(s) to Pending Changes; nothing is sent until you apply them.</source>
        <translation>
            <numerusform>%n Entzug zu den ausstehenden Änderungen hinzugefügt; nichts wird gesendet, bis Sie ihn anwenden.</numerusform>
            <numerusform>%n Entzüge zu den ausstehenden Änderungen hinzugefügt; nichts wird gesendet, bis Sie sie anwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %n people from the audit; the User menu acts on all of them.</source>
        <translation>
            <numerusform>%n Person aus der Prüfung ausgewählt; das Menü Benutzer wirkt auf sie.</numerusform>
            <numerusform>%n Personen aus der Prüfung ausgewählt; das Menü Benutzer wirkt auf alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>That person is no longer in the account; refresh the audit.</source>
        <translation>Diese Person ist nicht mehr im Konto; führen Sie die Zugriffsprüfung erneut aus.</translation>
    </message>
</context>
<context>
    <name>ftui::BulkChangeDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to &amp;Pending Changes</source>
        <translation>Zu den &amp;ausstehenden Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Set the Account Role of %n People</source>
        <translation>
            <numerusform>Die Kontorolle von %n Person festlegen</numerusform>
            <numerusform>Die Kontorolle von %n Personen festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the Account Role of %n People</source>
        <translation>
            <numerusform>Die Kontorolle von %n Person entfernen</numerusform>
            <numerusform>Die Kontorolle von %n Personen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n People to a Destination</source>
        <translation>
            <numerusform>%n Person zu einem Ziel hinzufügen</numerusform>
            <numerusform>%n Personen zu einem Ziel hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n People to a Connection</source>
        <translation>
            <numerusform>%n Person zu einer Verbindung hinzufügen</numerusform>
            <numerusform>%n Personen zu einer Verbindung hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Role of %n People in a Destination</source>
        <translation>
            <numerusform>Die Rolle von %n Person in einem Ziel ändern</numerusform>
            <numerusform>Die Rolle von %n Personen in einem Ziel ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Role of %n People in a Connection</source>
        <translation>
            <numerusform>Die Rolle von %n Person in einer Verbindung ändern</numerusform>
            <numerusform>Die Rolle von %n Personen in einer Verbindung ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n People from a Destination</source>
        <translation>
            <numerusform>%n Person aus einem Ziel entfernen</numerusform>
            <numerusform>%n Personen aus einem Ziel entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n People from a Connection</source>
        <translation>
            <numerusform>%n Person aus einer Verbindung entfernen</numerusform>
            <numerusform>%n Personen aus einer Verbindung entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Users</source>
        <translation>
            <numerusform>%n Benutzer löschen</numerusform>
            <numerusform>%n Benutzer löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Ausgewählt: %1.</translation>
    </message>
    <message>
        <source>Each of them loses access to the account: their account role and every destination and connection membership. Deleting cannot be undone; they would have to be invited again.</source>
        <translation>Jede dieser Personen verliert den Zugang zum Konto: ihre Kontorolle und jede Mitgliedschaft in Zielen und Verbindungen. Löschen lässt sich nicht ungeschehen machen; sie müssten erneut eingeladen werden.</translation>
    </message>
    <message>
        <source>They stay in the account with their destination and connection memberships, and lose only what the account role gave them.</source>
        <translation>Sie bleiben im Konto mit ihren Mitgliedschaften in Zielen und Verbindungen und verlieren nur, was ihnen die Kontorolle gab.</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>Neue &amp;Rolle:</translation>
    </message>
    <message>
        <source>Account &amp;role:</source>
        <translation>Konto&amp;rolle:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Type %1 to confirm:</source>
        <translation>Zum Bestätigen %1 &amp;eingeben:</translation>
    </message>
    <message>
        <source>There is no list of pending changes to add to.</source>
        <translation>Es gibt keine Liste ausstehender Änderungen, zu der hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>Choose a destination.</source>
        <translation>Wählen Sie ein Ziel.</translation>
    </message>
    <message>
        <source>Choose a connection.</source>
        <translation>Wählen Sie eine Verbindung.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Wählen Sie eine Rolle aus der Liste.</translation>
    </message>
    <message>
        <source>Type the number of people, %1, to confirm.</source>
        <translation>Geben Sie zum Bestätigen die Zahl der Personen ein, %1.</translation>
    </message>
    <message>
        <source>Reading who is a member where…</source>
        <translation>Es wird gelesen, wer wo Mitglied ist…</translation>
    </message>
    <message numerus="yes">
        <source>Adds %n change(s) to Pending Changes.</source>
        <translation>
            <numerusform>Fügt %n Änderung zu den ausstehenden Änderungen hinzu.</numerusform>
            <numerusform>Fügt %n Änderungen zu den ausstehenden Änderungen hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already have this role.</source>
        <translation>
            <numerusform>%n hat diese Rolle bereits.</numerusform>
            <numerusform>%n haben diese Rolle bereits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have no account role.</source>
        <translation>
            <numerusform>%n hat keine Kontorolle.</numerusform>
            <numerusform>%n haben keine Kontorolle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are members there already (to give them another role, use Change Role).</source>
        <translation>
            <numerusform>%n ist dort bereits Mitglied (für eine andere Rolle: Rolle ändern).</numerusform>
            <numerusform>%n sind dort bereits Mitglieder (für eine andere Rolle: Rolle ändern).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are not members there, or have this role already.</source>
        <translation>
            <numerusform>%n ist dort kein Mitglied oder hat diese Rolle bereits.</numerusform>
            <numerusform>%n sind dort keine Mitglieder oder haben diese Rolle bereits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are not members there.</source>
        <translation>
            <numerusform>%n ist dort kein Mitglied.</numerusform>
            <numerusform>%n sind dort keine Mitglieder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are no longer in the list.</source>
        <translation>
            <numerusform>%n ist nicht mehr in der Liste.</numerusform>
            <numerusform>%n sind nicht mehr in der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n change(s) to Pending Changes; nothing is sent until you apply them.</source>
        <translation>
            <numerusform>%n Änderung zu den ausstehenden Änderungen hinzugefügt; nichts wird gesendet, bis Sie sie anwenden.</numerusform>
            <numerusform>%n Änderungen zu den ausstehenden Änderungen hinzugefügt; nichts wird gesendet, bis Sie sie anwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is sent yet: the changes wait in Pending Changes, checked as a whole, until you apply them (%1).</source>
        <translation>Noch wird nichts gesendet: Die Änderungen warten, als Ganzes geprüft, bei den ausstehenden Änderungen, bis Sie sie anwenden (%1).</translation>
    </message>
</context>
<context>
    <name>ftui::ComparisonView</name>
    <message>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Person, e-mail, destination or connection</source>
        <translation>Person, E-Mail, Ziel oder Verbindung</translation>
    </message>
    <message>
        <source>Find in changes</source>
        <translation>In den Änderungen suchen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Changes by person</source>
        <translation>Änderungen nach Person</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>Nach Person</translation>
    </message>
    <message>
        <source>Changes by target</source>
        <translation>Änderungen nach Objekt</translation>
    </message>
    <message>
        <source>By target</source>
        <translation>Nach Objekt</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>Writes a PDF an auditor can file: the account, both dates, the counts, the changes and the hygiene flags at the newer date.</source>
        <translation>Schreibt ein PDF für die Prüfungsakte: das Konto, beide Daten, die Anzahlen, die Änderungen und die Hygienehinweise zum neueren Datum.</translation>
    </message>
    <message>
        <source>Export Changes CSV…</source>
        <translation>Änderungen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Changes JSON…</source>
        <translation>Änderungen als JSON exportieren…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>snapshot %1 of %2</source>
        <translation>Momentaufnahme %1 vom %2</translation>
    </message>
    <message>
        <source>this audit (%1)</source>
        <translation>diese Prüfung (%1)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>People with a change: %1. %2.</source>
        <translation>Personen mit einer Änderung: %1. %2.</translation>
    </message>
    <message>
        <source>…and %1 more in the table.</source>
        <translation>… und %1 weitere in der Tabelle.</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Noch kein Vergleich</translation>
    </message>
    <message>
        <source>Pick two snapshots and press Compare, or one and Compare with This Audit.</source>
        <translation>Wählen Sie zwei Momentaufnahmen und drücken Sie Vergleichen, oder eine und Mit dieser Prüfung vergleichen.</translation>
    </message>
    <message>
        <source>%1 does not end in .pdf, .csv or .json.</source>
        <translation>%1 endet nicht auf .pdf, .csv oder .json.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ftui::ConnectDialog</name>
    <message>
        <source>Connect to a Fivetran Account</source>
        <translation>Mit einem Fivetran-Konto verbinden</translation>
    </message>
    <message>
        <source>Use an API key and secret from Fivetran (Account settings, API key). The key acts with its user&apos;s permissions: to manage users it needs an Account Administrator.</source>
        <translation>Verwenden Sie einen API-Schlüssel und ein Geheimnis aus Fivetran (Kontoeinstellungen, API-Schlüssel). Der Schlüssel handelt mit den Rechten seines Benutzers: Um Benutzer zu verwalten, braucht er einen Kontoadministrator.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Forget Credentials</source>
        <translation>Zugangsdaten &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>The API secret is kept in %1, never in a settings file.</source>
        <translation>Das API-Geheimnis liegt in %1, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>No system keychain is available: the API secret is kept in memory for this session only and asked for again next time. It is never written to disk.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar: Das API-Geheimnis bleibt nur für diese Sitzung im Speicher und wird beim nächsten Mal erneut abgefragt. Es wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the API secret.</source>
        <translation>Geben Sie das API-Geheimnis ein.</translation>
    </message>
    <message>
        <source>Enter the API URL.</source>
        <translation>Geben Sie die API-Adresse ein.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the API URL and the network connection.</source>
        <translation>%1 war nicht erreichbar (%2). Prüfen Sie die API-Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the API URL; the service may be busy.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die API-Adresse; der Dienst ist vielleicht ausgelastet.</translation>
    </message>
    <message>
        <source>The API key or secret was not accepted. Check both; if the secret is lost, generate a new key in Fivetran.</source>
        <translation>API-Schlüssel oder Geheimnis wurden nicht akzeptiert. Prüfen Sie beide; ist das Geheimnis verloren, erzeugen Sie in Fivetran einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>The key was accepted, but its user is not allowed to manage users. Use the key of a user with the Account Administrator role.</source>
        <translation>Der Schlüssel wurde akzeptiert, sein Benutzer darf aber keine Benutzer verwalten. Verwenden Sie den Schlüssel eines Benutzers mit der Rolle Kontoadministrator.</translation>
    </message>
    <message>
        <source>%1 answered, but has no Fivetran API at this address. Check the API URL (it usually ends in /v1).</source>
        <translation>%1 hat geantwortet, bietet unter dieser Adresse aber keine Fivetran-API. Prüfen Sie die API-Adresse (sie endet meist auf /v1).</translation>
    </message>
    <message>
        <source>Connected: the key works and may read the account&apos;s users.</source>
        <translation>Verbunden: Der Schlüssel funktioniert und darf die Benutzer des Kontos lesen.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Forget Credentials</source>
        <translation>Zugangsdaten vergessen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its API secret from this computer? The key itself stays valid in Fivetran.</source>
        <translation>Das Profil „%1“ und sein API-Geheimnis von diesem Computer entfernen? Der Schlüssel selbst bleibt in Fivetran gültig.</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>Wird vergessen…</translation>
    </message>
    <message>
        <source>Forgot &quot;%1&quot;.</source>
        <translation>„%1“ vergessen.</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Profil wird gespeichert…</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>ftui::DeleteUserDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Deleting %1 (%2) removes them from the account for good. They can no longer sign in, and to give them access again you would have to invite them again and rebuild everything below.</source>
        <translation>Das Löschen von %1 (%2) entfernt die Person endgültig aus dem Konto. Sie kann sich nicht mehr anmelden; um ihr wieder Zugriff zu geben, müssten Sie sie erneut einladen und alles unten Genannte neu aufbauen.</translation>
    </message>
    <message>
        <source>They will lose:</source>
        <translation>Verloren gehen:</translation>
    </message>
    <message>
        <source>This user is no longer in the list. Press F5 to refresh.</source>
        <translation>Dieser Benutzer ist nicht mehr in der Liste. Drücken Sie F5 zum Aktualisieren.</translation>
    </message>
    <message>
        <source>%1 is the account&apos;s only %2 and cannot be deleted: the account would be left without anyone who can manage it. Make someone else %2 first.</source>
        <translation>%1 ist die einzige Person mit der Rolle %2 im Konto und kann nicht gelöscht werden: Das Konto bliebe ohne jemanden, der es verwalten kann. Geben Sie zuerst jemand anderem die Rolle %2.</translation>
    </message>
    <message>
        <source>The account role %1</source>
        <translation>Die Kontorolle %1</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Destination “%1” as %2</source>
        <translation>Ziel „%1“ als %2</translation>
    </message>
    <message>
        <source>Connection “%1” as %2</source>
        <translation>Verbindung „%1“ als %2</translation>
    </message>
    <message>
        <source>Finding the destinations and connections %1 can reach…</source>
        <translation>Die Ziele und Verbindungen, die %1 erreicht, werden gesucht…</translation>
    </message>
    <message>
        <source>Their memberships could not all be listed (%1) Deleting removes every one of them anyway.</source>
        <translation>Nicht alle Mitgliedschaften konnten aufgelistet werden (%1) Das Löschen entfernt trotzdem jede davon.</translation>
    </message>
    <message>
        <source>No destination or connection memberships.</source>
        <translation>Keine Ziel- oder Verbindungsmitgliedschaften.</translation>
    </message>
    <message>
        <source>This is not %1&apos;s e-mail address.</source>
        <translation>Das ist nicht die E-Mail-Adresse von %1.</translation>
    </message>
    <message>
        <source>Deleted %1 (%2)</source>
        <translation>%1 (%2) gelöscht</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>To confirm, type %1:</source>
        <translation>Zur Bestätigung %1 eingeben:</translation>
    </message>
</context>
<context>
    <name>ftui::DialogValidation</name>
    <message>
        <source>Enter the person&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse der Person ein.</translation>
    </message>
    <message>
        <source>This e-mail address is too long.</source>
        <translation>Diese E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (like ann.lee@example.com).</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus (etwa ann.lee@example.com).</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>Diese Telefonnummer ist zu lang.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - only, like +1 415 555 0142.</source>
        <translation>Verwenden Sie nur Ziffern, Leerzeichen und + ( ) -, etwa +49 30 1234567.</translation>
    </message>
    <message>
        <source>A data: picture must be an image (data:image/png;base64,...).</source>
        <translation>Ein data:-Bild muss ein Bild sein (data:image/png;base64,...).</translation>
    </message>
    <message>
        <source>This picture is too large; use a smaller image or a link to it.</source>
        <translation>Dieses Bild ist zu groß; verwenden Sie ein kleineres Bild oder einen Link darauf.</translation>
    </message>
    <message>
        <source>This link is too long.</source>
        <translation>Dieser Link ist zu lang.</translation>
    </message>
    <message>
        <source>Enter a link to the picture (https://...) or leave this empty.</source>
        <translation>Geben Sie einen Link zum Bild ein (https://...) oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <source>The given name can be at most %1 characters long.</source>
        <translation>Der Vorname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The family name can be at most %1 characters long.</source>
        <translation>Der Nachname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The given name must be on one line.</source>
        <translation>Der Vorname muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>The family name must be on one line.</source>
        <translation>Der Nachname muss in einer Zeile stehen.</translation>
    </message>
</context>
<context>
    <name>ftui::EditUserDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>The e-mail address cannot be changed. To use another address, invite it as a new user and delete this one.</source>
        <translation>Die E-Mail-Adresse lässt sich nicht ändern. Um eine andere Adresse zu verwenden, laden Sie sie als neuen Benutzer ein und löschen diesen.</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>None: leave empty to remove it</source>
        <translation>Keine: leer lassen, um sie zu entfernen</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>P&amp;icture:</source>
        <translation>&amp;Bild:</translation>
    </message>
    <message>
        <source>No account role</source>
        <translation>Keine Kontorolle</translation>
    </message>
    <message>
        <source>They reach only the destinations and connections they are added to.</source>
        <translation>Die Person erreicht nur die Ziele und Verbindungen, denen sie hinzugefügt ist.</translation>
    </message>
    <message>
        <source>Account &amp;role:</source>
        <translation>Konto&amp;rolle:</translation>
    </message>
    <message>
        <source>To take the account role away, use Remove Account Role in the User menu.</source>
        <translation>Um die Kontorolle zu entziehen, verwenden Sie „Kontorolle entfernen“ im Menü Benutzer.</translation>
    </message>
    <message>
        <source>This user is no longer in the list. Press F5 to refresh.</source>
        <translation>Dieser Benutzer ist nicht mehr in der Liste. Drücken Sie F5 zum Aktualisieren.</translation>
    </message>
    <message>
        <source>Choose an account role.</source>
        <translation>Wählen Sie eine Kontorolle.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Wählen Sie eine Rolle aus der Liste.</translation>
    </message>
    <message>
        <source>%1 is the account&apos;s only %2. Make someone else %2 first, so the account is never left without one.</source>
        <translation>%1 ist die einzige Person mit der Rolle %2 im Konto. Geben Sie zuerst jemand anderem die Rolle %2, damit das Konto nie ohne sie bleibt.</translation>
    </message>
    <message>
        <source>Saved the changes to %1</source>
        <translation>Änderungen an %1 gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>ftui::EffectiveAccessView</name>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>By &amp;person</source>
        <translation>Nach &amp;Person</translation>
    </message>
    <message>
        <source>What can each person really reach, and why?</source>
        <translation>Was erreicht jede Person tatsächlich, und warum?</translation>
    </message>
    <message>
        <source>By destination or &amp;connection</source>
        <translation>Nach Ziel oder &amp;Verbindung</translation>
    </message>
    <message>
        <source>Who can really reach each destination and connection, and through what?</source>
        <translation>Wer erreicht jedes Ziel und jede Verbindung tatsächlich, und worüber?</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Any path</source>
        <translation>Jeder Weg</translation>
    </message>
    <message>
        <source>Rows reached through this kind of path (among others).</source>
        <translation>Zeilen, die (unter anderem) über diese Art von Weg erreicht werden.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>&amp;Weg:</translation>
    </message>
    <message>
        <source>Effective access by person</source>
        <translation>Tatsächlicher Zugriff nach Person</translation>
    </message>
    <message>
        <source>Effective access by destination or connection</source>
        <translation>Tatsächlicher Zugriff nach Ziel oder Verbindung</translation>
    </message>
    <message>
        <source>Teams could not be read: this server or API key does not show them, so what teams grant is not included.</source>
        <translation>Teams konnten nicht gelesen werden: Dieser Server oder API-Schlüssel zeigt sie nicht, daher fehlt, was Teams gewähren.</translation>
    </message>
</context>
<context>
    <name>ftui::FailureNotice</name>
    <message>
        <source>The API key or secret is no longer accepted (it may have been revoked or rotated). Reconnect with a valid key.</source>
        <translation>API-Schlüssel oder Geheimnis werden nicht mehr akzeptiert (vielleicht widerrufen oder erneuert). Verbinden Sie sich mit einem gültigen Schlüssel neu.</translation>
    </message>
    <message>
        <source>The API key&apos;s user lacks the permission for this; ask an Account Administrator, or connect with an administrator&apos;s key.</source>
        <translation>Dem Benutzer des API-Schlüssels fehlt dafür die Berechtigung; fragen Sie einen Kontoadministrator oder verbinden Sie sich mit dem Schlüssel eines Administrators.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <source>Fivetran asked this console to slow down. Waiting requests resume in %1; nothing is lost.</source>
        <translation>Fivetran bittet diese Konsole um weniger Anfragen. Wartende Anfragen gehen in %1 weiter; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Fivetran asked this console to wait. Waiting requests resume in %1, at %2; nothing is lost.</source>
        <translation>Fivetran bittet diese Konsole zu warten. Wartende Anfragen gehen in %1 weiter, um %2; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Paused until %1 to stay within the account&apos;s hourly request budget: the audit or long job goes on in %2 where it was. Your own changes still go through.</source>
        <translation>Angehalten bis %1, um im stündlichen Anfragekontingent des Kontos zu bleiben: Die Prüfung oder lange Aufgabe geht in %2 dort weiter, wo sie war. Ihre eigenen Änderungen gehen weiterhin durch.</translation>
    </message>
</context>
<context>
    <name>ftui::FilterBar</name>
    <message>
        <source>Filter by name or e-mail (Ctrl+F)</source>
        <translation>Nach Name oder E-Mail filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Account role</source>
        <translation>Kontorolle</translation>
    </message>
    <message>
        <source>Show only users with this account role</source>
        <translation>Nur Benutzer mit dieser Kontorolle zeigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>All account roles</source>
        <translation>Alle Kontorollen</translation>
    </message>
    <message>
        <source>No account role</source>
        <translation>Keine Kontorolle</translation>
    </message>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Show only users in the ticked states (any number at once)</source>
        <translation>Nur Benutzer in den angehakten Zuständen zeigen (beliebig viele zugleich)</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Show only users by when they last signed in</source>
        <translation>Benutzer danach zeigen, wann sie sich zuletzt angemeldet haben</translation>
    </message>
    <message>
        <source>Any last login</source>
        <translation>Jede letzte Anmeldung</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>Not in the last 30 days</source>
        <translation>Nicht in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Not in the last 90 days</source>
        <translation>Nicht in den letzten 90 Tagen</translation>
    </message>
    <message>
        <source>Not in the last 180 days</source>
        <translation>Nicht in den letzten 180 Tagen</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>In den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>Also those who never signed in</source>
        <translation>Auch wer sich nie angemeldet hat</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n Zustand</numerusform>
            <numerusform>%n Zustände</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::HelpWindow</name>
    <message>
        <source>Fivetran Admin Help</source>
        <translation>Fivetran Admin – Hilfe</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>In der Anleitung suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Usage guide</source>
        <translation>Bedienungsanleitung</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>Usage Guide</source>
        <translation>Bedienungsanleitung</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>“%1” is not in the guide.</source>
        <translation>„%1“ kommt in der Anleitung nicht vor.</translation>
    </message>
    <message>
        <source>The usage guide is missing from this build.</source>
        <translation>Diesem Build fehlt die Bedienungsanleitung.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>ftui::HistoryWindow</name>
    <message>
        <source>nothing recorded</source>
        <translation>nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Change History — Demo account</source>
        <translation>Änderungsverlauf — Demokonto</translation>
    </message>
    <message>
        <source>Change History — %1</source>
        <translation>Änderungsverlauf — %1</translation>
    </message>
    <message>
        <source>Every change this computer made to the account, newest first. Select one to see what it found and left, or to undo it.</source>
        <translation>Jede Änderung, die dieser Computer am Konto vorgenommen hat, die neueste zuerst. Wählen Sie eine aus, um zu sehen, was sie vorfand und hinterließ, oder um sie rückgängig zu machen.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Name, e-mail or id</source>
        <translation>Name, E-Mail oder ID</translation>
    </message>
    <message>
        <source>&amp;Destination or connection:</source>
        <translation>&amp;Ziel oder Verbindung:</translation>
    </message>
    <message>
        <source>Name or id</source>
        <translation>Name oder ID</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Undo This Change</source>
        <translation>Diese Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the Whole &amp;Batch</source>
        <translation>Den ganzen &amp;Stapel rückgängig machen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>No changes to show.</source>
        <translation>Keine Änderungen anzuzeigen.</translation>
    </message>
    <message>
        <source>%1
%2 by %3 with fivetran-admin %4. Outcome: %5%6
Before: %7
After: %8</source>
        <translation>%1
%2 von %3 mit fivetran-admin %4. Ergebnis: %5%6
Vorher: %7
Nachher: %8</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .json.</source>
        <translation>Wählen Sie einen Dateinamen, der auf .csv oder .json endet.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 changes to %2.</source>
        <translation>%1 Änderungen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Den Verlauf exportieren</translation>
    </message>
</context>
<context>
    <name>ftui::ImportPreviewDialog</name>
    <message>
        <source>Import People from %1</source>
        <translation>Personen aus %1 importieren</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Nothing is sent from here: the valid rows go to Pending Changes, where they are checked with everything else and applied when you choose.</source>
        <translation>Von hier wird nichts gesendet: Die gültigen Zeilen kommen zu den ausstehenden Änderungen, werden dort mit allem anderen geprüft und angewendet, wann Sie wollen.</translation>
    </message>
    <message>
        <source>Add to Pending Changes</source>
        <translation>Zu den ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>%1 cannot be imported (line %2): %3</source>
        <translation>%1 kann nicht importiert werden (Zeile %2): %3</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reading what the %n row(s) need from the account…</source>
        <translation>
            <numerusform>Es wird gelesen, was die %n Zeile vom Konto braucht …</numerusform>
            <numerusform>Es wird gelesen, was die %n Zeilen vom Konto brauchen …</numerusform>
        </translation>
    </message>
    <message>
        <source>The account could not be read, so the rows cannot be checked: %1</source>
        <translation>Das Konto konnte nicht gelesen werden, daher lassen sich die Zeilen nicht prüfen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid, %2 with errors</source>
        <translation>%1 gültig, %2 mit Fehlern</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to add</source>
        <translation>
            <numerusform>%n Änderung hinzuzufügen</numerusform>
            <numerusform>%n Änderungen hinzuzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>fields separated by semicolons</source>
        <translation>Felder durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>fields separated by commas</source>
        <translation>Felder durch Kommas getrennt</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors (marked); they are left out. Correct the file and import it again to add them.</source>
        <translation>
            <numerusform>%n Zeile hat Fehler (markiert); sie wird ausgelassen. Korrigieren Sie die Datei und importieren Sie sie erneut, um sie hinzuzufügen.</numerusform>
            <numerusform>%n Zeilen haben Fehler (markiert); sie werden ausgelassen. Korrigieren Sie die Datei und importieren Sie sie erneut, um sie hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in the file is already as the file says: there is nothing to change.</source>
        <translation>Alle in der Datei sind bereits so, wie die Datei sagt: Es gibt nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Change(s) to Pending Changes</source>
        <translation>
            <numerusform>%n Änderung zu den ausstehenden Änderungen</numerusform>
            <numerusform>%n Änderungen zu den ausstehenden Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n change(s) from %1 to Pending Changes</source>
        <translation>
            <numerusform>%n Änderung aus %1 zu den ausstehenden Änderungen hinzugefügt</numerusform>
            <numerusform>%n Änderungen aus %1 zu den ausstehenden Änderungen hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::InviteUserDialog</name>
    <message>
        <source>Invite User</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <source>Send Invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <source>Fivetran e-mails the person an invitation. Until they accept it, they are listed as “Invitation pending”.</source>
        <translation>Fivetran schickt der Person eine Einladung per E-Mail. Bis sie angenommen ist, steht die Person als „Einladung ausstehend“ in der Liste.</translation>
    </message>
    <message>
        <source>ann.lee@example.com</source>
        <translation>anna.lehmann@example.com</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Optional link to a picture (https://...)</source>
        <translation>Optionaler Link zu einem Bild (https://...)</translation>
    </message>
    <message>
        <source>P&amp;icture:</source>
        <translation>&amp;Bild:</translation>
    </message>
    <message>
        <source>No account role</source>
        <translation>Keine Kontorolle</translation>
    </message>
    <message>
        <source>They can sign in and reach only the destinations and connections they are added to.</source>
        <translation>Die Person kann sich anmelden und erreicht nur die Ziele und Verbindungen, denen sie hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Account &amp;role:</source>
        <translation>Konto&amp;rolle:</translation>
    </message>
    <message>
        <source>Choose an account role, or “No account role”.</source>
        <translation>Wählen Sie eine Kontorolle oder „Keine Kontorolle“.</translation>
    </message>
    <message>
        <source>Wait for the roles to load, or choose “No account role”.</source>
        <translation>Warten Sie, bis die Rollen geladen sind, oder wählen Sie „Keine Kontorolle“.</translation>
    </message>
    <message>
        <source>Invited %1</source>
        <translation>%1 eingeladen</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>Einladung wird gesendet…</translation>
    </message>
    <message>
        <source>%1 is already a user with these details</source>
        <translation>%1 ist bereits Benutzer mit diesen Angaben</translation>
    </message>
    <message>
        <source>Nothing was created; you can send the invitation again.</source>
        <translation>Es wurde nichts angelegt; Sie können die Einladung erneut senden.</translation>
    </message>
</context>
<context>
    <name>ftui::MainActions</name>
    <message>
        <source>&amp;Invite User…</source>
        <translation>Benutzer &amp;einladen…</translation>
    </message>
    <message>
        <source>Invite someone to the account</source>
        <translation>Jemanden in das Konto einladen</translation>
    </message>
    <message>
        <source>&amp;Edit User…</source>
        <translation>Benutzer &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s name, phone, picture or account role</source>
        <translation>Name, Telefon, Bild oder Kontorolle des gewählten Benutzers ändern</translation>
    </message>
    <message>
        <source>&amp;Remove Account Role…</source>
        <translation>Konto&amp;rolle entfernen…</translation>
    </message>
    <message>
        <source>Take away the selected user&apos;s account role; the user stays</source>
        <translation>Dem gewählten Benutzer die Kontorolle entziehen; der Benutzer bleibt</translation>
    </message>
    <message>
        <source>&amp;Delete User…</source>
        <translation>Benutzer &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove the selected user from the account</source>
        <translation>Den gewählten Benutzer aus dem Konto entfernen</translation>
    </message>
    <message>
        <source>Add to &amp;Destination…</source>
        <translation>Zu &amp;Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Give the selected user a role in a destination</source>
        <translation>Dem gewählten Benutzer eine Rolle in einem Ziel geben</translation>
    </message>
    <message>
        <source>Add to &amp;Connection…</source>
        <translation>Zu &amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Give the selected user a role in a connection</source>
        <translation>Dem gewählten Benutzer eine Rolle in einer Verbindung geben</translation>
    </message>
    <message>
        <source>&amp;Find Users</source>
        <translation>Benutzer &amp;suchen</translation>
    </message>
    <message>
        <source>Filter the users by name or e-mail</source>
        <translation>Die Benutzer nach Name oder E-Mail filtern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the users and roles again</source>
        <translation>Benutzer und Rollen neu laden</translation>
    </message>
    <message>
        <source>&amp;Access Audit…</source>
        <translation>&amp;Zugriffsprüfung…</translation>
    </message>
    <message>
        <source>Everyone&apos;s access in one view, with export</source>
        <translation>Die Zugriffe aller in einer Ansicht, mit Export</translation>
    </message>
    <message>
        <source>&amp;Connect to Account…</source>
        <translation>Mit Konto &amp;verbinden…</translation>
    </message>
    <message>
        <source>Open another Fivetran account with an API key</source>
        <translation>Ein anderes Fivetran-Konto mit einem API-Schlüssel öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Die Konsole schließen</translation>
    </message>
    <message>
        <source>&amp;Usage Guide</source>
        <translation>&amp;Bedienungsanleitung</translation>
    </message>
    <message>
        <source>&amp;About Fivetran Admin</source>
        <translation>&amp;Über Fivetran Admin</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change made from this computer</source>
        <translation>Die letzte Änderung dieses Computers rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every change made from this computer, with undo and export</source>
        <translation>Jede Änderung dieses Computers, mit Rückgängig und Export</translation>
    </message>
    <message>
        <source>Select &amp;All Users</source>
        <translation>&amp;Alle Benutzer auswählen</translation>
    </message>
    <message>
        <source>Select every user the filter shows</source>
        <translation>Jeden Benutzer auswählen, den der Filter zeigt</translation>
    </message>
    <message>
        <source>&amp;Set Account Role…</source>
        <translation>Kontorolle &amp;festlegen…</translation>
    </message>
    <message>
        <source>Give every selected user the same account role (added to the pending changes)</source>
        <translation>Jedem ausgewählten Benutzer dieselbe Kontorolle geben (zu den ausstehenden Änderungen)</translation>
    </message>
    <message>
        <source>C&amp;hange Role in Destination…</source>
        <translation>Rolle in Ziel &amp;ändern…</translation>
    </message>
    <message>
        <source>Give the selected users who are in a destination another role there</source>
        <translation>Den ausgewählten Benutzern, die in einem Ziel sind, dort eine andere Rolle geben</translation>
    </message>
    <message>
        <source>Chan&amp;ge Role in Connection…</source>
        <translation>Rolle in Verbindung ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Give the selected users who are in a connection another role there</source>
        <translation>Den ausgewählten Benutzern, die in einer Verbindung sind, dort eine andere Rolle geben</translation>
    </message>
    <message>
        <source>Remo&amp;ve from Destination…</source>
        <translation>Aus Ziel ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Take the selected users out of a destination</source>
        <translation>Die ausgewählten Benutzer aus einem Ziel nehmen</translation>
    </message>
    <message>
        <source>Remove &amp;from Connection…</source>
        <translation>Aus Verbindung entfe&amp;rnen…</translation>
    </message>
    <message>
        <source>Take the selected users out of a connection</source>
        <translation>Die ausgewählten Benutzer aus einer Verbindung nehmen</translation>
    </message>
    <message>
        <source>A&amp;pply Pending Changes</source>
        <translation>Ausstehende Änderungen an&amp;wenden</translation>
    </message>
    <message>
        <source>Check the pending changes as a whole and send them</source>
        <translation>Die ausstehenden Änderungen als Ganzes prüfen und senden</translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation>Personen &amp;importieren…</translation>
    </message>
    <message>
        <source>Invite people and give them roles from a CSV file; you see everything before it is sent</source>
        <translation>Personen aus einer CSV-Datei einladen und ihnen Rollen geben; Sie sehen alles, bevor es gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Add the changes of a plan file (PLAN.json) to the pending changes</source>
        <translation>Die Änderungen einer Plandatei (PLAN.json) zu den ausstehenden Änderungen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save Pending Changes As…</source>
        <translation>Ausstehende Änderungen &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Write the pending changes to a plan file (PLAN.json) for fivetran-admin apply</source>
        <translation>Die ausstehenden Änderungen in eine Plandatei (PLAN.json) für fivetran-admin apply schreiben</translation>
    </message>
    <message>
        <source>How to use the console, searchable</source>
        <translation>Wie man die Konsole bedient, durchsuchbar</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key and what it does</source>
        <translation>Jede Taste und was sie tut</translation>
    </message>
</context>
<context>
    <name>ftui::MainWindow</name>
    <message>
        <source>Fivetran Admin — Demo account</source>
        <translation>Fivetran Admin — Demokonto</translation>
    </message>
    <message>
        <source>Fivetran Admin — %1</source>
        <translation>Fivetran Admin — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>Die Benutzer konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The roles could not be loaded, so role descriptions are missing.</source>
        <translation>Die Rollen konnten nicht geladen werden, daher fehlen Rollenbeschreibungen.</translation>
    </message>
    <message>
        <source>Destination and connection names could not be loaded; ids are shown instead.</source>
        <translation>Die Namen der Ziele und Verbindungen konnten nicht geladen werden; stattdessen werden IDs gezeigt.</translation>
    </message>
    <message>
        <source>This user&apos;s memberships could not be loaded.</source>
        <translation>Die Mitgliedschaften dieses Benutzers konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Changes whose outcome was not known when the console last stopped were checked: %1</source>
        <translation>Änderungen, deren Ergebnis beim letzten Beenden der Konsole nicht bekannt war, wurden geprüft: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Pending Changes</source>
        <translation>&amp;Ausstehende Änderungen</translation>
    </message>
</context>
<context>
    <name>ftui::MembershipDialog</name>
    <message>
        <source>Add %1 to a Destination</source>
        <translation>%1 zu einem Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to a Connection</source>
        <translation>%1 zu einer Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Choose a destination and the role %1 will have in it. The role decides what they can see and change there.</source>
        <translation>Wählen Sie ein Ziel und die Rolle, die %1 darin haben soll. Die Rolle bestimmt, was die Person dort sehen und ändern kann.</translation>
    </message>
    <message>
        <source>Choose a connection and the role %1 will have in it. Connections are listed under their destination.</source>
        <translation>Wählen Sie eine Verbindung und die Rolle, die %1 darin haben soll. Verbindungen stehen unter ihrem Ziel.</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Change the role %1 has in the destination “%2”.</source>
        <translation>Die Rolle ändern, die %1 im Ziel „%2“ hat.</translation>
    </message>
    <message>
        <source>Change the role %1 has in the connection “%2”.</source>
        <translation>Die Rolle ändern, die %1 in der Verbindung „%2“ hat.</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Current role:</source>
        <translation>Aktuelle Rolle:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>Neue &amp;Rolle:</translation>
    </message>
    <message>
        <source>This user is no longer in the list. Press F5 to refresh.</source>
        <translation>Dieser Benutzer ist nicht mehr in der Liste. Drücken Sie F5 zum Aktualisieren.</translation>
    </message>
    <message>
        <source>No destination you can choose matches “%1”.</source>
        <translation>Kein wählbares Ziel passt zu „%1“.</translation>
    </message>
    <message>
        <source>No connection you can choose matches “%1”.</source>
        <translation>Keine wählbare Verbindung passt zu „%1“.</translation>
    </message>
    <message>
        <source>Choose a destination.</source>
        <translation>Wählen Sie ein Ziel.</translation>
    </message>
    <message>
        <source>Choose a connection.</source>
        <translation>Wählen Sie eine Verbindung.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Wählen Sie eine Rolle aus der Liste.</translation>
    </message>
    <message>
        <source>This is already their role; choose another one.</source>
        <translation>Das ist bereits die Rolle der Person; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Added %1 to %2 as %3</source>
        <translation>%1 zu %2 als %3 hinzugefügt</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3</source>
        <translation>%1 hat jetzt die Rolle %2 in %3</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Rolle wird geändert…</translation>
    </message>
    <message>
        <source>Nothing was changed; you can try again.</source>
        <translation>Es wurde nichts geändert; Sie können es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>ftui::MembershipsView</name>
    <message>
        <source>Destination memberships</source>
        <translation>Zielmitgliedschaften</translation>
    </message>
    <message>
        <source>Connection memberships</source>
        <translation>Verbindungsmitgliedschaften</translation>
    </message>
    <message>
        <source>The destination memberships could not be loaded.</source>
        <translation>Die Zielmitgliedschaften konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The connection memberships could not be loaded.</source>
        <translation>Die Verbindungsmitgliedschaften konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading destination memberships…</source>
        <translation>Zielmitgliedschaften werden geladen…</translation>
    </message>
    <message>
        <source>Loading connection memberships…</source>
        <translation>Verbindungsmitgliedschaften werden geladen…</translation>
    </message>
    <message>
        <source>This user has no destination memberships.</source>
        <translation>Dieser Benutzer hat keine Zielmitgliedschaften.</translation>
    </message>
    <message>
        <source>This user has no connection memberships.</source>
        <translation>Dieser Benutzer hat keine Verbindungsmitgliedschaften.</translation>
    </message>
</context>
<context>
    <name>ftui::MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ftui::PendingChangesPanel</name>
    <message>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>etwa %n Sekunde</numerusform>
            <numerusform>etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Take the selected changes out of the list (Delete)</source>
        <translation>Die ausgewählten Änderungen aus der Liste nehmen (Entf)</translation>
    </message>
    <message>
        <source>Discard &amp;All</source>
        <translation>Alle &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Send nothing more; what is on its way finishes and is reported</source>
        <translation>Nichts mehr senden; was unterwegs ist, wird beendet und gemeldet</translation>
    </message>
    <message>
        <source>Pending Changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Pending Changes (%1)</source>
        <translation>Ausstehende Änderungen (%1)</translation>
    </message>
    <message>
        <source>No pending changes. Bulk actions, imports and “Add to Pending Changes” in a dialog collect changes here; nothing is sent until you apply them.</source>
        <translation>Keine ausstehenden Änderungen. Sammelaktionen, Importe und „Zu den ausstehenden Änderungen“ in einem Dialog sammeln Änderungen hier; nichts wird gesendet, bis Sie sie anwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to send</source>
        <translation>
            <numerusform>%n Anfrage zu senden</numerusform>
            <numerusform>%n Anfragen zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in effect)</source>
        <translation>
            <numerusform>(%n bereits in Kraft)</numerusform>
            <numerusform>(%n bereits in Kraft)</numerusform>
        </translation>
    </message>
    <message>
        <source>time: known once Fivetran has answered</source>
        <translation>Dauer: bekannt, sobald Fivetran geantwortet hat</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>checking memberships…</source>
        <translation>Mitgliedschaften werden geprüft…</translation>
    </message>
    <message>
        <source>Fivetran&apos;s hourly budget: %1 of %2 requests left.</source>
        <translation>Stündliches Kontingent von Fivetran: %1 von %2 Anfragen übrig.</translation>
    </message>
    <message>
        <source>Fivetran&apos;s hourly budget: %1 requests left.</source>
        <translation>Stündliches Kontingent von Fivetran: %1 Anfragen übrig.</translation>
    </message>
    <message>
        <source>This needs more; sending pauses when Fivetran says the hour is used up, and goes on after.</source>
        <translation>Dies braucht mehr; das Senden hält an, wenn Fivetran die Stunde für aufgebraucht erklärt, und geht danach weiter.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fivetran asked to slow down; going on in %n second(s)</source>
        <translation>
            <numerusform>Fivetran bittet um weniger Anfragen; weiter in %n Sekunde</numerusform>
            <numerusform>Fivetran bittet um weniger Anfragen; weiter in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>checking the plan against the account…</source>
        <translation>Der Plan wird mit dem Konto abgeglichen…</translation>
    </message>
    <message>
        <source>paused: what is on its way finishes, nothing new is sent</source>
        <translation>angehalten: Was unterwegs ist, wird beendet, nichts Neues wird gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>%n Änderung angewendet.</numerusform>
            <numerusform>%n Änderungen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changes went through.</source>
        <translation>%1 von %2 Änderungen sind durchgegangen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed and stay in the list with Fivetran&apos;s words.</source>
        <translation>
            <numerusform>%n ist fehlgeschlagen und bleibt mit der Meldung von Fivetran in der Liste.</numerusform>
            <numerusform>%n sind fehlgeschlagen und bleiben mit der Meldung von Fivetran in der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were not sent and stay in the list.</source>
        <translation>
            <numerusform>%n wurde nicht gesendet und bleibt in der Liste.</numerusform>
            <numerusform>%n wurden nicht gesendet und bleiben in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply again to send what is left.</source>
        <translation>Wenden Sie erneut an, um den Rest zu senden.</translation>
    </message>
    <message>
        <source>Changes that are being sent cannot be removed; pause or cancel first.</source>
        <translation>Änderungen, die gerade gesendet werden, lassen sich nicht entfernen; halten Sie zuerst an oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Discard Pending Changes</source>
        <translation>Ausstehende Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard all %n pending change(s)? Nothing of them has been sent.</source>
        <translation>
            <numerusform>Die %n ausstehende Änderung verwerfen? Sie wurde nicht gesendet.</numerusform>
            <numerusform>Alle %n ausstehenden Änderungen verwerfen? Nichts davon wurde gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>ftui::ReachView</name>
    <message>
        <source>Everything this user can reach</source>
        <translation>Alles, was dieser Benutzer erreicht</translation>
    </message>
</context>
<context>
    <name>ftui::RemoveAccountRoleDialog</name>
    <message>
        <source>Remove Account Role</source>
        <translation>Kontorolle entfernen</translation>
    </message>
    <message>
        <source>Remove Role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>This user is no longer in the list. Press F5 to refresh.</source>
        <translation>Dieser Benutzer ist nicht mehr in der Liste. Drücken Sie F5 zum Aktualisieren.</translation>
    </message>
    <message>
        <source>%1 has no account role to remove.</source>
        <translation>%1 hat keine Kontorolle, die entfernt werden könnte.</translation>
    </message>
    <message>
        <source>%1 is the account&apos;s only %2, so this role cannot be removed: the account would be left without anyone who can manage it. Make someone else %2 first.</source>
        <translation>%1 ist die einzige Person mit der Rolle %2 im Konto, daher kann diese Rolle nicht entfernt werden: Das Konto bliebe ohne jemanden, der es verwalten kann. Geben Sie zuerst jemand anderem die Rolle %2.</translation>
    </message>
    <message>
        <source>%1 will no longer be %2.</source>
        <translation>%1 hat dann nicht mehr die Rolle %2.</translation>
    </message>
    <message>
        <source>They lose what this role allows: %1</source>
        <translation>Verloren geht, was diese Rolle erlaubt: %1</translation>
    </message>
    <message>
        <source>They stay in the account, can still sign in, and keep their %1 and %2.</source>
        <translation>Die Person bleibt im Konto, kann sich weiter anmelden und behält ihre %1 und %2.</translation>
    </message>
    <message>
        <source>destination membership</source>
        <translation>Zielmitgliedschaft</translation>
    </message>
    <message>
        <source>destination memberships</source>
        <translation>Zielmitgliedschaften</translation>
    </message>
    <message>
        <source>connection membership</source>
        <translation>Verbindungsmitgliedschaft</translation>
    </message>
    <message>
        <source>connection memberships</source>
        <translation>Verbindungsmitgliedschaften</translation>
    </message>
    <message>
        <source>They stay in the account, can still sign in, and keep their destination and connection memberships.</source>
        <translation>Die Person bleibt im Konto, kann sich weiter anmelden und behält ihre Ziel- und Verbindungsmitgliedschaften.</translation>
    </message>
    <message>
        <source>%1 is no longer %2</source>
        <translation>%1 hat nicht mehr die Rolle %2</translation>
    </message>
    <message>
        <source>Removing the role…</source>
        <translation>Rolle wird entfernt…</translation>
    </message>
</context>
<context>
    <name>ftui::RolePicker</name>
    <message>
        <source>%1 (not in the service&apos;s role list)</source>
        <translation>%1 (nicht in der Rollenliste des Dienstes)</translation>
    </message>
    <message>
        <source>%1 (deprecated: use %2)</source>
        <translation>%1 (veraltet: verwenden Sie %2)</translation>
    </message>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen…</translation>
    </message>
    <message>
        <source>The roles could not be loaded</source>
        <translation>Die Rollen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Rolle wählen…</translation>
    </message>
    <message>
        <source>Fivetran does not list this role any more, so it cannot be chosen again once changed.</source>
        <translation>Fivetran führt diese Rolle nicht mehr, daher kann sie nach einer Änderung nicht wieder gewählt werden.</translation>
    </message>
    <message>
        <source>Fivetran is retiring this role; %1 replaces it.</source>
        <translation>Fivetran schafft diese Rolle ab; %1 ersetzt sie.</translation>
    </message>
    <message>
        <source>Fivetran is retiring this role.</source>
        <translation>Fivetran schafft diese Rolle ab.</translation>
    </message>
</context>
<context>
    <name>ftui::SelectionSummary</name>
    <message>
        <source>What the selected people reach together</source>
        <translation>Was die ausgewählten Personen zusammen erreichen</translation>
    </message>
    <message numerus="yes">
        <source>%n people selected</source>
        <translation>
            <numerusform>%n Person ausgewählt</numerusform>
            <numerusform>%n Personen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>No account role</source>
        <translation>Keine Kontorolle</translation>
    </message>
    <message>
        <source>Account roles: %1</source>
        <translation>Kontorollen: %1</translation>
    </message>
    <message>
        <source>Select at most %1 people to see the destinations and connections they reach together (each person&apos;s memberships are read).</source>
        <translation>Wählen Sie höchstens %1 Personen aus, um die Ziele und Verbindungen zu sehen, die sie zusammen erreichen (die Mitgliedschaften jeder Person werden gelesen).</translation>
    </message>
    <message numerus="yes">
        <source>Together they are members of %n destination(s)</source>
        <translation>
            <numerusform>Zusammen sind sie Mitglieder von %n Ziel</numerusform>
            <numerusform>Zusammen sind sie Mitglieder von %n Zielen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n connection(s).</source>
        <translation>
            <numerusform>und %n Verbindung.</numerusform>
            <numerusform>und %n Verbindungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading memberships: %1 of %2 people…</source>
        <translation>Mitgliedschaften werden gelesen: %1 von %2 Personen…</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read, so this may be incomplete.</source>
        <translation>
            <numerusform>%n Liste konnte nicht gelesen werden, dies ist daher womöglich unvollständig.</numerusform>
            <numerusform>%n Listen konnten nicht gelesen werden, dies ist daher womöglich unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>An account role can reach more than these memberships: the access audit (Ctrl+Shift+A) shows all of it.</source>
        <translation>Eine Kontorolle kann mehr erreichen als diese Mitgliedschaften: Die Zugriffsprüfung (Strg+Umschalt+A) zeigt alles.</translation>
    </message>
</context>
<context>
    <name>ftui::SnapshotsView</name>
    <message>
        <source>Snapshots</source>
        <translation>Momentaufnahmen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>What changed between the two selected snapshots.</source>
        <translation>Was sich zwischen den beiden ausgewählten Momentaufnahmen geändert hat.</translation>
    </message>
    <message>
        <source>Compare with &amp;This Audit</source>
        <translation>Mit &amp;dieser Prüfung vergleichen</translation>
    </message>
    <message>
        <source>What changed between the selected snapshot and the audit this window ran.</source>
        <translation>Was sich zwischen der ausgewählten Momentaufnahme und der Prüfung dieses Fensters geändert hat.</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>&amp;Bezeichnung…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>This audit did not complete, so it was not saved as a snapshot.</source>
        <translation>Diese Prüfung wurde nicht abgeschlossen und daher nicht als Momentaufnahme gespeichert.</translation>
    </message>
    <message>
        <source>Snapshots are off: the storage file could not be opened.</source>
        <translation>Momentaufnahmen sind aus: Die Speicherdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This audit was saved as snapshot %1.</source>
        <translation>Diese Prüfung wurde als Momentaufnahme %1 gespeichert.</translation>
    </message>
    <message>
        <source>This audit could not be saved as a snapshot: %1</source>
        <translation>Diese Prüfung konnte nicht als Momentaufnahme gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Delete the snapshot of %1? The record of the account as it was then is lost; the account itself does not change.</source>
        <translation>Die Momentaufnahme vom %1 löschen? Die Aufzeichnung des damaligen Kontostands geht verloren; das Konto selbst ändert sich nicht.</translation>
    </message>
    <message>
        <source>Delete %1 snapshots (%2)? The record of the account as it was then is lost; the account itself does not change.</source>
        <translation>%1 Momentaufnahmen löschen (%2)? Die Aufzeichnung des damaligen Kontostands geht verloren; das Konto selbst ändert sich nicht.</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Momentaufnahme löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be deleted.</source>
        <translation>Momentaufnahme %1 konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ftui::StatusSummary</name>
    <message>
        <source>Loading users… %1 so far</source>
        <translation>Benutzer werden geladen… bisher %1</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>ftui::TargetPicker</name>
    <message>
        <source>Type to find a destination</source>
        <translation>Tippen, um ein Ziel zu finden</translation>
    </message>
    <message>
        <source>Type to find a connection or destination</source>
        <translation>Tippen, um eine Verbindung oder ein Ziel zu finden</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Connections by destination</source>
        <translation>Verbindungen nach Ziel</translation>
    </message>
    <message>
        <source>already a member</source>
        <translation>bereits Mitglied</translation>
    </message>
    <message>
        <source>already a member (%1)</source>
        <translation>bereits Mitglied (%1)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Loading destinations…</source>
        <translation>Ziele werden geladen…</translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <translation>Verbindungen werden geladen…</translation>
    </message>
    <message>
        <source>This account has no destinations.</source>
        <translation>Dieses Konto hat keine Ziele.</translation>
    </message>
    <message>
        <source>This account has no connections.</source>
        <translation>Dieses Konto hat keine Verbindungen.</translation>
    </message>
    <message>
        <source>The names could not be loaded. Close this window and try again.</source>
        <translation>Die Namen konnten nicht geladen werden. Schließen Sie dieses Fenster und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ftui::UndoController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo: %1</source>
        <translation>Nichts rückgängig zu machen: %1</translation>
    </message>
    <message>
        <source>Checking the undo…</source>
        <translation>Die Rücknahme wird geprüft…</translation>
    </message>
    <message>
        <source>%1 cannot be done: %2</source>
        <translation>%1 ist nicht möglich: %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>%1

Before it runs:
• %2</source>
        <translation>%1

Bevor es ausgeführt wird:
• %2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1 did not go through: %2</source>
        <translation>%1 ist nicht durchgegangen: %2</translation>
    </message>
</context>
<context>
    <name>ftui::UserActionsController</name>
    <message>
        <source>Change &amp;Role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Give the user another role in this destination</source>
        <translation>Dem Benutzer eine andere Rolle in diesem Ziel geben</translation>
    </message>
    <message>
        <source>Give the user another role in this connection</source>
        <translation>Dem Benutzer eine andere Rolle in dieser Verbindung geben</translation>
    </message>
    <message>
        <source>Remove from &amp;Destination…</source>
        <translation>Aus &amp;Ziel entfernen…</translation>
    </message>
    <message>
        <source>Remove from &amp;Connection…</source>
        <translation>Aus &amp;Verbindung entfernen…</translation>
    </message>
    <message>
        <source>Take the user out of this destination</source>
        <translation>Den Benutzer aus diesem Ziel herausnehmen</translation>
    </message>
    <message>
        <source>Take the user out of this connection</source>
        <translation>Den Benutzer aus dieser Verbindung herausnehmen</translation>
    </message>
    <message>
        <source>%1 will no longer be a member of the destination “%2”</source>
        <translation>%1 ist dann nicht mehr Mitglied des Ziels „%2“</translation>
    </message>
    <message>
        <source>%1 will no longer be a member of the connection “%2”</source>
        <translation>%1 ist dann nicht mehr Mitglied der Verbindung „%2“</translation>
    </message>
    <message>
        <source>Their account role and other memberships stay as they are.</source>
        <translation>Kontorolle und andere Mitgliedschaften bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Remove from Destination</source>
        <translation>Aus Ziel entfernen</translation>
    </message>
    <message>
        <source>Remove from Connection</source>
        <translation>Aus Verbindung entfernen</translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>%1 wird aus %2 entfernt…</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>%1 could not be removed from %2. %3</source>
        <translation>%1 konnte nicht aus %2 entfernt werden. %3</translation>
    </message>
    <message>
        <source> and will lose the role %1 there, with everything it allows.</source>
        <translation> und verliert dort die Rolle %1 mit allem, was sie erlaubt.</translation>
    </message>
    <message>
        <source>Cancelling: waiting to hear whether Fivetran already made the change…</source>
        <translation>Abbrechen: Es wird abgewartet, ob Fivetran die Änderung schon vorgenommen hat…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cancel came too late; this was done: %1.</source>
        <translation>Der Abbruch kam zu spät; erledigt wurde: %1.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1. The filters in use hide them; clear the filters to see them.</source>
        <translation>%1. Die gesetzten Filter verbergen die Person; heben Sie die Filter auf, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>ftui::UserDetailsPanel</name>
    <message>
        <source>Select a user to see their profile and everything they can reach.</source>
        <translation>Wählen Sie einen Benutzer, um sein Profil und alles, was er erreicht, zu sehen.</translation>
    </message>
    <message>
        <source>Account role:</source>
        <translation>Kontorolle:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Letzte Anmeldung:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>This role is deprecated; its replacement is %1.</source>
        <translation>Diese Rolle ist veraltet; sie wird ersetzt durch %1.</translation>
    </message>
    <message>
        <source>This role is deprecated.</source>
        <translation>Diese Rolle ist veraltet.</translation>
    </message>
    <message>
        <source>No account role</source>
        <translation>Keine Kontorolle</translation>
    </message>
    <message>
        <source>This user reaches only the destinations and connections listed below.</source>
        <translation>Dieser Benutzer erreicht nur die unten aufgeführten Ziele und Verbindungen.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source> (service account)</source>
        <translation> (Dienstkonto)</translation>
    </message>
    <message>
        <source>Destinations (%1)</source>
        <translation>Ziele (%1)</translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation>Verbindungen (%1)</translation>
    </message>
    <message>
        <source>Every destination and connection they can really reach: through their account role, destinations and teams too, with the reasons.</source>
        <translation>Jedes Ziel und jede Verbindung, die die Person tatsächlich erreicht: auch über Kontorolle, Ziele und Teams, mit den Gründen.</translation>
    </message>
    <message>
        <source>Can reach</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Can reach (%1)</source>
        <translation>Erreicht (%1)</translation>
    </message>
</context>
<context>
    <name>ftui::UsersView</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>Die Benutzer konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This account has no users yet.</source>
        <translation>Dieses Konto hat noch keine Benutzer.</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Keine Benutzer passen zu „%1“.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No users match these filters.</source>
        <translation>Keine Benutzer passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
</TS>
