using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Infra.Core.Tests.Association;

/// <summary>What the stand-in answers, shaped as AWS answers it.</summary>
internal sealed record StandInResponse(int Status, string ContentType, string Body, string? ErrorType = null)
{
    public static StandInResponse Json(JsonNode body) => new(200, "application/json", body.ToJsonString());

    /// <summary>An AWS REST-JSON error: status, x-amzn-ErrorType header and a message body.</summary>
    public static StandInResponse Error(AwsError error) => new(
        error.Status,
        "application/json",
        new JsonObject { ["message"] = error.Message }.ToJsonString(),
        error.Code);

    public static StandInResponse CallerIdentity(string account) => new(200, "text/xml", $"""
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <GetCallerIdentityResult>
            <Arn>arn:aws:iam::{account}:user/deployer</Arn>
            <UserId>AIDAFAKEUSERID</UserId>
            <Account>{account}</Account>
          </GetCallerIdentityResult>
          <ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata>
        </GetCallerIdentityResponse>
        """);

    /// <summary>An IAM (query protocol) error, XML as IAM answers it.</summary>
    public static StandInResponse QueryError(int status, string code, string message) => new(status, "text/xml", $"""
        <ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
          <Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>
          <RequestId>00000000-0000-0000-0000-000000000000</RequestId>
        </ErrorResponse>
        """);

    public static StandInResponse Role(string arn) => new(200, "text/xml", $"""
        <GetRoleResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
          <GetRoleResult><Role><Path>/</Path><RoleName>{arn.Split('/')[^1]}</RoleName><RoleId>AROAFAKEROLEID</RoleId>
            <Arn>{arn}</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>%7B%7D</AssumeRolePolicyDocument></Role></GetRoleResult>
          <ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata>
        </GetRoleResponse>
        """);

    public void WriteTo(HttpListenerResponse response)
    {
        response.StatusCode = Status;
        response.ContentType = ContentType;
        if (ErrorType is not null)
        {
            response.Headers["x-amzn-ErrorType"] = ErrorType;
        }
        var bytes = Encoding.UTF8.GetBytes(Body);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }
}

internal sealed record AwsError(int Status, string Code, string Message)
{
    public static readonly AwsError BadRequest =
        new(400, "BadRequestException", "Compute role cannot be assumed by Amplify yet");
    public static readonly AwsError NotFound = new(404, "NotFoundException", "Branch not found");
    public static readonly AwsError Unauthorized = new(401, "UnauthorizedException", "Not authorized");
    public static readonly AwsError AccessDenied = new(403, "AccessDeniedException", "Access denied");
    public static readonly AwsError TooManyRequests = new(429, "TooManyRequestsException", "Slow down");

    public static AwsError ByCode(string code) =>
        new[] { BadRequest, NotFound, Unauthorized, AccessDenied, TooManyRequests }.Single(e => e.Code == code);
}
