using System.CommandLine;
using System.Globalization;
using Graph.Server;

namespace Graph.Cli;

/// <summary>
/// <c>graph serve</c>: loads RDF files or converts a vault, then serves it over HTTP: the SPARQL 1.1 Protocol at
/// <c>/sparql</c> and the Graph Store Protocol (read side) at <c>/data</c>; with <c>--watch</c>, vault edits are
/// converted again and served to the next request; with <c>--allow-writes</c>, authenticated clients may change the
/// data (see <see cref="WriteArguments"/>).
/// </summary>
internal static class ServeCommand
{
    private const string DefaultVault = "samples";

    public static Command Create()
    {
        var vault = new Argument<string?>("VAULT") { Description = $"The vault folder to convert and serve (default: {DefaultVault}/ unless --data is given).", Arity = ArgumentArity.ZeroOrOne };
        var data = new Option<string[]>("--data", "-d") { Description = "An RDF file to serve (syntax from the extension); repeatable.", AllowMultipleArgumentsPerToken = false };
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1; 0.0.0.0 for all interfaces).", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port", "-p") { Description = "TCP port (default 8080; 0 picks a free one).", DefaultValueFactory = _ => 8080 };
        var baseIri = new Option<string?>("--base", "-b") { Description = "Base IRI of the minted IRIs (and of relative IRIs in --data files)." };
        var watch = new Option<bool>("--watch", "-w") { Description = "Reload when files in the vault (or the --data files) change." };
        var timeout = new Option<double>("--timeout", "-t") { Description = "Stop a query after this many seconds (default 30).", DefaultValueFactory = _ => 30 };
        var cache = new Option<int>("--result-cache") { Description = "MB of finished responses kept for repeated queries (default 64; 0 disables).", DefaultValueFactory = _ => 64 };
        var allowWrites = new Option<bool>("--allow-writes") { Description = "Accept authenticated writes: SPARQL Update at /update, Graph Store PUT/POST/DELETE at /data (needs --token-env and/or --user with --password-env)." };
        var tokenEnv = new Option<string?>("--token-env") { Description = "Name of the environment variable holding the bearer token writers send (Authorization: Bearer)." };
        var user = new Option<string?>("--user", "-u") { Description = "User name writers give with HTTP basic authentication (with --password-env)." };
        var passwordEnv = new Option<string?>("--password-env") { Description = "Name of the environment variable holding that user's password (never on the command line)." };
        var persist = new Option<string[]>("--persist") { Description = "File written with the whole dataset after each write (syntax from the extension; repeatable). Default: the --data file when it is the only source." };

        var command = new Command("serve", "Serve a vault or RDF files over HTTP: SPARQL 1.1 Protocol at /sparql, Graph Store Protocol at /data.")
        {
            vault, data, host, port, baseIri, watch, timeout, cache, allowWrites, tokenEnv, user, passwordEnv, persist,
        };
        command.SetAction(parse => CommandRunner.Run(() => Execute(
            parse.GetValue(vault), parse.GetValue(data) ?? [], parse.GetValue(host)!, parse.GetValue(port),
            parse.GetValue(baseIri), parse.GetValue(watch), parse.GetValue(timeout), parse.GetValue(cache),
            new WriteArguments(parse.GetValue(allowWrites), parse.GetValue(tokenEnv), parse.GetValue(user), parse.GetValue(passwordEnv), parse.GetValue(persist) ?? []))));
        return command;
    }

    private static int Execute(string? vault, string[] data, string host, int port, string? baseIri, bool watch, double timeout, int cacheMb, WriteArguments writeArguments)
    {
        if (cacheMb < 0) throw new UsageException("--result-cache must not be negative.");
        if (timeout <= 0) throw new UsageException("--timeout must be a positive number of seconds.");
        if (port is < 0 or > 65535) throw new UsageException("--port must be between 0 and 65535.");
        if (vault is null && data.Length == 0) vault = DefaultVault;
        var writes = writeArguments.Resolve(vault, data, watch);
        if (TieredRelaunch.Run() is { } childExit) return childExit;
        if (vault is not null && !Directory.Exists(vault))
            throw new DirectoryNotFoundException($"{vault}: no such folder (give the vault folder as the first argument, or --data FILE).");
        if (writes is not null && data.Where(f => !File.Exists(f) && writes.PersistFiles.Contains(f)).ToList() is [_, ..] missing)
        {
            // The file writes are saved to need not exist yet: the server starts without its data and the first write creates it.
            foreach (var file in missing) Console.Error.WriteLine($"{file} does not exist yet: starting without it; the first write creates it.");
            data = [.. data.Except(missing)];
        }
        foreach (var file in data) RdfInput.ResolveFormat(file, null);

        var source = new DatasetSource(vault, data, baseIri);
        // With --watch the first load goes through the reader the watcher keeps, so reloads parse only what changed.
        var reader = watch ? source.CreateIncrementalReader() : null;
        var snapshot = source.Load(reader, null, d => Console.Error.WriteLine(d));
        if (writes is not null) WriteArguments.CheckPersistable(writes, snapshot);
        var holder = new DatasetHolder(snapshot);
        var options = new ServerOptions
        {
            Host = host, Port = port, QueryTimeout = TimeSpan.FromSeconds(timeout), ResultCacheBytes = cacheMb * 1024L * 1024, Writes = writes,
        };
        return Run(source, holder, options, watch, reader).GetAwaiter().GetResult();
    }

    private static async Task<int> Run(DatasetSource source, DatasetHolder holder, ServerOptions options, bool watch, Graph.Vault.IncrementalVaultReader? reader)
    {
        GraphServer server;
        try
        {
            server = await GraphServer.StartAsync(holder, options);
        }
        catch (IOException e)
        {
            throw new IOException($"Cannot listen on {options.Host}:{options.Port}: {e.Message}", e);
        }
        await using (server)
        {
            using var watcher = watch ? new VaultWatcher(source, holder, message => Console.Error.WriteLine(Stamp() + message), reader) : null;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Serving {holder.Current.Store.Count} quads (base {holder.Current.BaseIri})"));
            Console.Out.WriteLine($"  SPARQL endpoint: {new Uri(server.Address, "sparql")}");
            Console.Out.WriteLine($"  Graph store:     {new Uri(server.Address, "data")}");
            if (options.Writes is { } w)
            {
                Console.Out.WriteLine($"  Update endpoint: {new Uri(server.Address, "update")} (writes need credentials)");
                Console.Out.WriteLine(w.PersistFiles.Count == 0 ? "  writes are kept in memory only"
                    : "  writes are saved to " + string.Join(", ", w.PersistFiles));
                if (options.Host is not ("127.0.0.1" or "localhost" or "::1"))
                    Console.Error.WriteLine("warning: writes are allowed on a non-loopback address over plain HTTP: credentials travel unencrypted; put a TLS proxy in front.");
            }
            if (watch) Console.Out.WriteLine("  watching for changes; Ctrl+C to stop");
            else Console.Out.WriteLine("  Ctrl+C to stop");
            await server.WaitForShutdownAsync();
        }
        return ExitCodes.Success;
    }

    private static string Stamp() => DateTime.Now.ToString("HH:mm:ss ", CultureInfo.InvariantCulture);
}
