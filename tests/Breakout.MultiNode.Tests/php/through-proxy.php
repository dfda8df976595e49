<?php
// PHP's SoapClient in WSDL mode behind a reverse proxy: it loads the WSDL through the proxy, posts where the WSDL's
// soap:address says, logs in, and (as Cvent's PHP clients do) posts on to the ServerURL Login returned, registering
// one invitee twice (the second answer names the seat already taken). Prints one JSON object.
// Usage: php through-proxy.php WSDL_URL ACCOUNT USER PASSWORD PRODUCT_ID INVITEE_ID
[, $wsdl, $account, $user, $password, $productId, $invitee] = $argv;

function items($value)
{
    return $value === null ? [] : (is_array($value) ? $value : [$value]);
}

$client = new SoapClient($wsdl, ['cache_wsdl' => WSDL_CACHE_NONE, 'trace' => true, 'exceptions' => true]);
$login = $client->Login(['AccountNumber' => $account, 'UserName' => $user, 'Password' => $password])->LoginResult;
$out = ['loginHost' => null, 'login' => $login->LoginSuccess === true, 'serverUrl' => $login->ServerURL, 'register' => []];
preg_match('/^Host: (.*)$/mi', $client->__getLastRequestHeaders(), $host);
$out['loginHost'] = trim($host[1] ?? '');

$client->__setLocation($login->ServerURL);
$client->__setSoapHeaders(new SoapHeader('http://api.cvent.com/2006-11', 'CventSessionHeader',
    ['CventSessionValue' => $login->CventSessionHeader]));
for ($i = 0; $i < 2; $i++) {
    $reply = $client->SessionRegAction(['CvInvitees' => [
        'SessionRegActionType' => 'Register',
        'ProductId' => $productId,
        'CvInvitee' => [['Id' => $invitee]],
    ]]);
    foreach (items($reply->SessionRegActionResult->SessionRegActionResult) as $item) {
        $errors = $item->Errors === null ? [] : items($item->Errors->Error);
        $out['register'][] = ['success' => $item->Success === true, 'code' => $errors === [] ? null : $errors[0]->Code];
    }
}

echo json_encode($out), "\n";
