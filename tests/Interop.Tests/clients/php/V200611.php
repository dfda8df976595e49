<?php
// Classes for Cvent's V200611 types in the shape wsdl2php generates them (one class per WSDL type, public
// properties named as the WSDL names them, request wrappers that take an array), and a SoapClient subclass whose
// classmap maps the WSDL types to them. Only the types the interop scenario sends or reads are declared; PHP
// decodes the others into stdClass.

class Login
{
    public $AccountNumber; // string
    public $UserName; // string
    public $Password; // string

    public function __construct($params = [])
    {
        foreach ($params as $field => $value) {
            $this->$field = $value;
        }
    }
}

class LoginResponse
{
    public $LoginResult; // LoginResult
}

class LoginResult
{
    public $LoginSuccess; // boolean
    public $ServerURL; // string
    public $CventSessionHeader; // string
    public $ErrorMessage; // string
}

class CventSessionHeader
{
    public $CventSessionValue; // string
}

class CvObject
{
    public $Id; // string
    public $MessageId; // string
    public $TransactionID; // string
}

class SessionRegAction
{
    public $CvInvitees; // SessionRegInvitee

    public function __construct($params = [])
    {
        foreach ($params as $field => $value) {
            $this->$field = $value;
        }
    }
}

class SessionRegInvitee extends CvObject
{
    public $CvInvitee; // CvInvitee[]
    public $SessionRegActionType; // SessionRegActionType
    public $ProductId; // string

    public function __construct($params = [])
    {
        foreach ($params as $field => $value) {
            $this->$field = $value;
        }
    }
}

class CvInvitee
{
    public $Id; // string
    public $ConfirmationNumber; // string
    public $MessageId; // string

    public function __construct($params = [])
    {
        foreach ($params as $field => $value) {
            $this->$field = $value;
        }
    }
}

class SessionRegActionResponse
{
    public $SessionRegActionResult; // SessionRegActionResultArray
}

class SessionRegActionResultArray
{
    public $SessionRegActionResult; // SessionRegActionResult
}

class SessionRegActionResult
{
    public $Errors; // ArrayOfError
    public $Id; // string
    public $ReferenceId; // string
    public $Success; // boolean
}

class ArrayOfError
{
    public $Error; // CvError
}

// PHP 7 reserves the class name Error, so the WSDL type Error maps to CvError (as wsdl2phpgenerator's prefix does).
class CvError
{
    public $Code; // string
    public $Description; // string
}

class Retrieve
{
    public $ObjectType; // CvObjectType
    public $Ids; // IdArray

    public function __construct($params = [])
    {
        foreach ($params as $field => $value) {
            $this->$field = $value;
        }
    }
}

class IdArray
{
    public $Id; // string[]

    public function __construct($params = [])
    {
        foreach ($params as $field => $value) {
            $this->$field = $value;
        }
    }
}

class RetrieveResponse
{
    public $RetrieveResult; // RetrieveResult
}

class RetrieveResult
{
    public $CvObject; // CvObject[]
}

class Event extends CvObject
{
    public $ProductDetail; // ProductDetail[]
    public $EventTitle; // string
    public $EventCode; // string
    public $EventStartDate; // dateTime
    public $EventEndDate; // dateTime
    public $Timezone; // string
    public $EventStatus; // string
    public $Capacity; // int
    public $LastModifiedDate; // dateTime
}

class ProductDetail
{
    public $ProductId; // string
    public $ProductName; // string
    public $ProductCode; // string
    public $ProductType; // string
    public $IsIncluded; // boolean
    public $StartTime; // dateTime
    public $EndTime; // dateTime
    public $Status; // string
    public $Capacity; // int
}

class Registration extends CvObject
{
    public $GuestDetail; // GuestDetail[]
    public $OrderDetail; // OrderDetail[]
    public $InviteeId; // string
    public $ContactId; // string
    public $FirstName; // string
    public $LastName; // string
    public $EventId; // string
    public $Status; // string
    public $LastModifiedDate; // dateTime
}

class OrderDetail
{
    public $ProductId; // string
    public $ProductName; // string
    public $ProductType; // string
    public $Action; // string
    public $ActionDate; // dateTime
    public $Participant; // boolean
}

class Search
{
    public $ObjectType; // CvObjectType
    public $CvSearchObject; // CvSearch

    public function __construct($params = [])
    {
        foreach ($params as $field => $value) {
            $this->$field = $value;
        }
    }
}

class CvSearch
{
    public $Filter; // Filter[]
    public $SearchType; // CvSearchType

    public function __construct($params = [])
    {
        foreach ($params as $field => $value) {
            $this->$field = $value;
        }
    }
}

class Filter
{
    public $Field; // string
    public $Operator; // CvSearchOperatorType
    public $Value; // string
    public $ValueArray; // ArrayOfString

    public function __construct($params = [])
    {
        foreach ($params as $field => $value) {
            $this->$field = $value;
        }
    }
}

class SearchResponse
{
    public $SearchResult; // SearchResult
}

class SearchResult
{
    public $Id; // string[]
}

class GetUpdated
{
    public $ObjectType; // CvObjectType
    public $StartDate; // dateTime
    public $EndDate; // dateTime

    public function __construct($params = [])
    {
        foreach ($params as $field => $value) {
            $this->$field = $value;
        }
    }
}

class GetUpdatedResponse
{
    public $GetUpdatedResult; // GetUpdatedResult
}

class GetUpdatedResult
{
    public $Id; // string[]
}

class V200611 extends SoapClient
{
    private static $classmap = [
        'Login' => 'Login',
        'LoginResponse' => 'LoginResponse',
        'LoginResult' => 'LoginResult',
        'CventSessionHeader' => 'CventSessionHeader',
        'CvObject' => 'CvObject',
        'SessionRegAction' => 'SessionRegAction',
        'SessionRegInvitee' => 'SessionRegInvitee',
        'CvInvitee' => 'CvInvitee',
        'SessionRegActionResponse' => 'SessionRegActionResponse',
        'SessionRegActionResultArray' => 'SessionRegActionResultArray',
        'SessionRegActionResult' => 'SessionRegActionResult',
        'ArrayOfError' => 'ArrayOfError',
        'Error' => 'CvError',
        'Retrieve' => 'Retrieve',
        'IdArray' => 'IdArray',
        'RetrieveResponse' => 'RetrieveResponse',
        'RetrieveResult' => 'RetrieveResult',
        'Event' => 'Event',
        'ProductDetail' => 'ProductDetail',
        'Registration' => 'Registration',
        'OrderDetail' => 'OrderDetail',
        'Search' => 'Search',
        'CvSearch' => 'CvSearch',
        'Filter' => 'Filter',
        'SearchResponse' => 'SearchResponse',
        'SearchResult' => 'SearchResult',
        'GetUpdated' => 'GetUpdated',
        'GetUpdatedResponse' => 'GetUpdatedResponse',
        'GetUpdatedResult' => 'GetUpdatedResult',
    ];

    public function __construct($wsdl, $options = [])
    {
        foreach (self::$classmap as $type => $class) {
            if (!isset($options['classmap'][$type])) {
                $options['classmap'][$type] = $class;
            }
        }
        parent::__construct($wsdl, $options);
    }

    public function Login(Login $parameters)
    {
        return $this->__soapCall('Login', [$parameters]);
    }

    public function SessionRegAction(SessionRegAction $parameters)
    {
        return $this->__soapCall('SessionRegAction', [$parameters]);
    }

    public function Retrieve(Retrieve $parameters)
    {
        return $this->__soapCall('Retrieve', [$parameters]);
    }

    public function Search(Search $parameters)
    {
        return $this->__soapCall('Search', [$parameters]);
    }

    public function GetUpdated(GetUpdated $parameters)
    {
        return $this->__soapCall('GetUpdated', [$parameters]);
    }
}
