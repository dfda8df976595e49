namespace Interop.Tests.Scenario;

/// <summary>A survey <c>Response</c> as a client decoded it: the type it built from <c>xsi:type</c> and its <c>SurveyDetail</c> elements.</summary>
/// <param name="Type">The class or <c>xsi:type</c> the client read the object as.</param>
public sealed record ResponseOutcome(string? Type, string? Id, string? Status, IReadOnlyList<SurveyDetailOutcome> Details);

/// <summary>One <c>SurveyDetail</c> of a response: the question's code, type and score (as the wire spells it) and each answer's text and comment.</summary>
public sealed record SurveyDetailOutcome(string? Code, int Type, string? Score, IReadOnlyList<string?> Answers, IReadOnlyList<string?> Comments);
