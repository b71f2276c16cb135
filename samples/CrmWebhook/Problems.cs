namespace CrmWebhook
{
    /// <summary>RFC 9457 problem details naming what is wrong and where.</summary>
    internal static class Problems
    {
        public static IResult Field(string field, string message) =>
            Results.ValidationProblem(new Dictionary<string, string[]> { [field] = new[] { message } }, detail: message, title: $"Invalid '{field}'");

        public static IResult NotFound(string message) => Results.Problem(message, statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }
}
