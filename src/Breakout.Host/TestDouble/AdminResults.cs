namespace Breakout.Host.TestDouble;

/// <summary>Admin API error answers: RFC 9457 problem details with the reason in <c>detail</c>.</summary>
internal static class AdminResults
{
    public static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
