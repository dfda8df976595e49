<?php
// Runs docs/idempotency.md's PHP SoapClient snippet (SNIPPET: taken from the page by the test, pointed at ENDPOINT)
// with $args registering INVITEE for PRODUCT, then runs its call line again, as the snippet says a retry does.
// Usage: php idempotency_snippet.php ENDPOINT MANIFEST SNIPPET PRODUCT INVITEE. Prints JSON: each call's Success.
[, $endpoint, $manifestPath, $snippetPath, $productId, $invitee] = $argv;
$manifest = json_decode(file_get_contents($manifestPath), true);

$login = (new SoapClient($endpoint . '?WSDL', ['cache_wsdl' => WSDL_CACHE_NONE]))->Login([
    'AccountNumber' => $manifest['accountNumber'],
    'UserName' => $manifest['userName'],
    'Password' => $manifest['password'],
])->LoginResult;
$sessionHeader = new SoapHeader('http://api.cvent.com/2006-11', 'CventSessionHeader', ['CventSessionValue' => $login->CventSessionHeader]);
$args = ['CvInvitees' => [
    'SessionRegActionType' => 'Register',
    'ProductId' => $productId,
    'CvInvitee' => [['Id' => $invitee, 'MessageId' => 'php-1']],
]];

eval(file_get_contents($snippetPath)); // defines $context, $client and $results

function success($reply)
{
    $items = $reply->SessionRegActionResult->SessionRegActionResult;
    return (is_array($items) ? $items[0] : $items)->Success === true;
}

$first = $results;
$results = $client->SessionRegAction($args); // the retry: the same line, the same context
echo json_encode(['first' => success($first), 'retry' => success($results)]), "\n";
