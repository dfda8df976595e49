namespace Breakout.Domain.Contacts;

/// <summary>
/// The country and state codes a contact's addresses may carry (CV40106–CV40109): ISO 3166-1 alpha-2 country codes
/// (the 249 assigned ones, as the IANA time zone database's <c>iso3166.tab</c> lists them), and the state and
/// province codes of the two countries Cvent's address forms know, the United States (USPS: states, DC, territories,
/// armed forces) and Canada. Other countries' state codes are not checked.
/// </summary>
public static class PlaceCodes
{
    private static readonly HashSet<string> Countries = Split(
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS " +
        "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE " +
        "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM " +
        "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC " +
        "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA " +
        "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO " +
        "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW");

    private static readonly HashSet<string> UnitedStates = Split(
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA " +
        "RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI UM AA AE AP");

    private static readonly HashSet<string> Canada = Split("AB BC MB NB NL NS NT NU ON PE QC SK YT");

    /// <summary>Whether the code (any case) is an assigned ISO 3166-1 alpha-2 country code.</summary>
    public static bool IsCountry(string code) => Countries.Contains(code);

    /// <summary>
    /// Whether a state code fits the country: one of the country's codes for US and CA; any code for other countries;
    /// a US or Canadian code when no country is given.
    /// </summary>
    public static bool IsState(string code, string? countryCode) => countryCode?.ToUpperInvariant() switch
    {
        "US" => UnitedStates.Contains(code),
        "CA" => Canada.Contains(code),
        null or "" => UnitedStates.Contains(code) || Canada.Contains(code),
        _ => true,
    };

    private static HashSet<string> Split(string codes) => new(codes.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
