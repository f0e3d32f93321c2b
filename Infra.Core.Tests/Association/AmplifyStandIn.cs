using System.Net;
using System.Text;

namespace Infra.Core.Tests.Association;

/// <summary>
/// A loopback stand-in for the Amplify and STS APIs that the real AWS CLI talks
/// to through AWS_ENDPOINT_URL. Records every request as it arrived.
/// </summary>
internal sealed class AmplifyStandIn : IDisposable
{
    private readonly HttpListener _listener;
    private readonly AmplifyState _state;
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();
    private readonly Task _serving;

    public AmplifyStandIn(string account)
    {
        _state = new AmplifyState(account);
        (_listener, Endpoint) = Listen();
        _serving = Task.Run(ServeAsync);
    }

    // A port free a moment ago can be another test's by the time ours starts: then try another.
    private static (HttpListener Listener, Uri Endpoint) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var endpoint = new Uri($"http://127.0.0.1:{LoopbackPort.Unused()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(endpoint.ToString());
            try
            {
                listener.Start();
                return (listener, endpoint);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) { return [.. _requests]; } }
    }

    public IReadOnlyList<AmplifyCall> AmplifyCalls =>
        [.. Requests.Where(r => r.IsAmplify).Select(r => r.ToCall())];

    public void Set(string appId, string? branch, string? role)
    {
        lock (_gate) { _state.Set(appId, branch, role); }
    }

    public void AddIamRole(string name)
    {
        lock (_gate) { _state.AddIamRole(name); }
    }

    public void Remove(string appId, string? branch)
    {
        lock (_gate) { _state.Remove(appId, branch); }
    }

    public string? RoleOf(string appId, string? branch)
    {
        lock (_gate) { return _state.RoleOf(appId, branch); }
    }

    public void FailNext(string method, AwsError error, int times = 1)
    {
        lock (_gate) { _state.FailNext(method, error, times); }
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return; // closed by Dispose
            }
            Answer(context);
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var body = reader.ReadToEnd();
        var rawPath = request.RawUrl ?? "";
        var (accessKeyId, region) = RecordedRequest.ParseCredential(request.Headers["Authorization"]);
        StandInResponse answer;
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(request.HttpMethod, rawPath, body, accessKeyId, region));
            answer = _state.Answer(request.HttpMethod, rawPath, body);
        }
        answer.WriteTo(context.Response);
    }
}
