namespace AviationApis.Core.Errors;

/// <summary>A problem with one field of a request, as the vendor (or client-side validation) reported it.</summary>
/// <param name="Field">The field path as the vendor names it (e.g. <c>email</c>, <c>data.segments[0].date</c>).</param>
/// <param name="Message">What is wrong, in the vendor's words.</param>
/// <param name="Code">The vendor's code for the problem, when it gives one.</param>
public sealed record ApiFieldError(string Field, string Message, string? Code = null);
