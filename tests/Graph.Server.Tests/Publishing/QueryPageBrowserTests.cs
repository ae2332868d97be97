namespace Graph.Server.Tests.Publishing;

/// <summary>
/// The query page in a real browser: headless Chromium, driven by chromedriver, opens <c>/</c> on the sample server,
/// a query is typed into the editor and run, and the rows appear in the table; a bad query shows its line and column.
/// Skipped, with the reason, where chromium or chromedriver is not installed.
/// </summary>
public sealed class QueryPageBrowserTests(SampleServer fixture) : IClassFixture<SampleServer>
{
    [Fact]
    public async Task TypeAQueryRunItSeeTheRows()
    {
        if (WebDriver.MissingReason is { } reason) Assert.Skip(reason);
        var ct = TestContext.Current.CancellationToken;
        await using var browser = await WebDriver.StartAsync(ct);
        await browser.NavigateAsync(fixture.Server.Address.AbsoluteUri, ct);

        var editor = await browser.FindAsync("#query", ct);
        await browser.ClearAsync(editor, ct);
        await browser.TypeAsync(editor, "PREFIX schema: <http://schema.org/> SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name", ct);
        await browser.ClickAsync(await browser.FindAsync("#run", ct), ct);

        Assert.True(await WebDriver.WaitUntilAsync(async () => (await browser.FindAllAsync("#results tbody tr", ct)).Count > 0, TimeSpan.FromSeconds(20), ct),
            "no result rows appeared");
        var rows = await browser.FindAllAsync("#results tbody tr", ct);
        Assert.Equal(16, rows.Count);
        Assert.Equal("Anna Keller", await browser.TextAsync(await browser.FindAsync("#results tbody tr:first-child td", ct), ct));
        Assert.Equal("?name", await browser.TextAsync(await browser.FindAsync("#results thead th", ct), ct));
        Assert.StartsWith("16 rows", await browser.TextAsync(await browser.FindAsync("#status", ct), ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExampleRunsAndABadQueryShowsWhereItIsWrong()
    {
        if (WebDriver.MissingReason is { } reason) Assert.Skip(reason);
        var ct = TestContext.Current.CancellationToken;
        await using var browser = await WebDriver.StartAsync(ct);
        await browser.NavigateAsync(fixture.Server.Address.AbsoluteUri, ct);

        // The second example button: quotations by person.
        var examples = await browser.FindAllAsync("#examples button", ct);
        Assert.Equal("Quotations by person", await browser.TextAsync(examples[1], ct));
        await browser.ClickAsync(examples[1], ct);
        await browser.ClickAsync(await browser.FindAsync("#run", ct), ct);
        Assert.True(await WebDriver.WaitUntilAsync(async () => (await browser.FindAllAsync("#results tbody tr", ct)).Count == 14, TimeSpan.FromSeconds(20), ct),
            "the example's fourteen quotations did not appear");

        var editor = await browser.FindAsync("#query", ct);
        await browser.ClearAsync(editor, ct);
        await browser.TypeAsync(editor, "SELECT * WHERE { ?s ?p }", ct);
        await browser.ClickAsync(await browser.FindAsync("#run", ct), ct);
        var error = await browser.FindAsync("#error", ct);
        Assert.True(await WebDriver.WaitUntilAsync(async () => (await browser.TextAsync(error, ct)).Length > 0, TimeSpan.FromSeconds(20), ct), "no error shown");
        var text = await browser.TextAsync(error, ct);
        Assert.Contains("400", text, StringComparison.Ordinal);
        Assert.Contains("line 1, column", text, StringComparison.Ordinal);
        Assert.Empty(await browser.FindAllAsync("#results tbody tr", ct));
    }
}
