<?php
// PHP SoapClient in WSDL mode with a wsdl2php-style classmap (V200611.php), running the sync scenario: Login,
// SessionRegAction Register (one item succeeds, one fails), Retrieve of both events and of the invitee's
// Registration, Search for it, GetUpdated of Registrations in the given window. Prints one JSON object.
// Usage: php scenario.php ENDPOINT MANIFEST soap11|soap12 START END
require __DIR__ . '/V200611.php';

// A well-formed ID that names no invitee: its item must fail with Errors while the other succeeds.
const MISSING_INVITEE = '00000000-0000-4000-8000-000000000000';
// A last name no demo invitee has (theirs are AttendeeNNNN): a search for it must return no ID.
const NO_SUCH_LAST_NAME = 'NoSuchLastName';

[, $endpoint, $manifestPath, $version, $start, $end] = $argv;
$manifest = json_decode(file_get_contents($manifestPath), true);
$event = $manifest['events'][0];
$productId = array_values(array_filter($event['sessions'], fn ($s) => $s['code'] === 'MTA'))[0]['id'];
$invitee = array_values(array_filter($event['invitees'], fn ($i) => $i['status'] === 'Accepted'))[0]['id'];

// Without SOAP_SINGLE_ELEMENT_ARRAYS (as wsdl2php clients run) one item arrives as an object, several as an array.
function items($value)
{
    return $value === null ? [] : (is_array($value) ? $value : [$value]);
}

$client = new V200611($endpoint . '?WSDL', [
    'soap_version' => $version === 'soap12' ? SOAP_1_2 : SOAP_1_1,
    'cache_wsdl' => WSDL_CACHE_NONE,
    'trace' => true,
    'exceptions' => true,
]);

$login = $client->Login(new Login([
    'AccountNumber' => $manifest['accountNumber'],
    'UserName' => $manifest['userName'],
    'Password' => $manifest['password'],
]))->LoginResult;
$out = [
    'login' => [
        'success' => $login->LoginSuccess === true,
        'serverUrl' => $login->ServerURL,
        'session' => !empty($login->CventSessionHeader),
        'errorMessage' => $login->ErrorMessage,
    ],
];

// As Cvent's PHP clients do: post to the ServerURL Login returned, with the session in a tns header.
$client->__setLocation($login->ServerURL);
$client->__setSoapHeaders(new SoapHeader('http://api.cvent.com/2006-11', 'CventSessionHeader',
    ['CventSessionValue' => $login->CventSessionHeader]));

$reply = $client->SessionRegAction(new SessionRegAction(['CvInvitees' => new SessionRegInvitee([
    'SessionRegActionType' => 'Register',
    'ProductId' => $productId,
    'CvInvitee' => [
        new CvInvitee(['Id' => $invitee, 'MessageId' => 'msg-1']),
        new CvInvitee(['Id' => MISSING_INVITEE, 'MessageId' => 'msg-2']),
    ],
])]));
$out['register'] = array_map(fn (SessionRegActionResult $item) => [
    'id' => $item->Id,
    'referenceId' => $item->ReferenceId,
    'success' => $item->Success === true,
    'errors' => array_map(fn (CvError $e) => ['code' => $e->Code, 'description' => $e->Description],
        items($item->Errors === null ? null : $item->Errors->Error)),
], items($reply->SessionRegActionResult->SessionRegActionResult));

// The CvObjects arrive as the classes the classmap names for their xsi:type (Event, Registration); get_class says which.
$retrieve = fn ($type, $ids) => items($client->Retrieve(new Retrieve([
    'ObjectType' => $type,
    'Ids' => new IdArray(['Id' => $ids]),
]))->RetrieveResult->CvObject ?? null);

$out['events'] = array_map(fn (CvObject $e) => [
    'type' => get_class($e),
    'id' => $e->Id,
    'title' => $e->EventTitle ?? null,
    'code' => $e->EventCode ?? null,
    'status' => $e->EventStatus ?? null,
    'startDate' => $e->EventStartDate ?? null,
    'sessions' => array_map(fn (ProductDetail $p) => $p->ProductId, items($e->ProductDetail ?? null)),
], $retrieve('Event', array_map(fn ($e) => $e['id'], $manifest['events'])));

$registration = $retrieve('Registration', [$invitee])[0];
$out['retrieve'] = [
    'type' => get_class($registration),
    'id' => $registration->Id,
    'inviteeId' => $registration->InviteeId ?? null,
    'eventId' => $registration->EventId ?? null,
    'lastName' => $registration->LastName ?? null,
    'orders' => array_map(fn (OrderDetail $o) => [
        'productId' => $o->ProductId,
        'productType' => $o->ProductType,
        'action' => $o->Action,
        'actionDate' => $o->ActionDate,
        'participant' => $o->Participant === true,
    ], items($registration->OrderDetail ?? null)),
];

// An AndSearch on the event and the last name; an empty SearchResult has no Id.
$search = fn ($type, $operator, $lastName) => items($client->Search(new Search([
    'ObjectType' => $type,
    'CvSearchObject' => new CvSearch([
        'SearchType' => 'AndSearch',
        'Filter' => [
            new Filter(['Field' => 'EventId', 'Operator' => 'Equals', 'Value' => $event['id']]),
            new Filter(['Field' => 'LastName', 'Operator' => $operator, 'Value' => $lastName]),
        ],
    ]),
]))->SearchResult->Id ?? null);
$out['search'] = [
    'invitees' => $search('Invitee', 'Contains', $out['retrieve']['lastName']),
    'registrations' => $search('Registration', 'Starts with', $out['retrieve']['lastName']),
    'noMatch' => $search('Registration', 'Starts with', NO_SUCH_LAST_NAME),
];

$updated = $client->GetUpdated(new GetUpdated(['ObjectType' => 'Registration', 'StartDate' => $start, 'EndDate' => $end]));
$out['updated'] = items($updated->GetUpdatedResult->Id ?? null);
$out['lastRequest'] = $client->__getLastRequest();
echo json_encode($out, JSON_UNESCAPED_SLASHES), "\n";
