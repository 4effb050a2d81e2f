# Sourced by the fault scripts: builds the CLI and the web app in Release and names what they run.
# Needs $repo and $work; sets $cli_dll and $web_dir and free_port.
echo "Building the CLI and the web app (Release)…"
dotnet build "$repo/src/Reader.Cli" -c Release -nologo -v q >"$work/build.log" 2>&1 &&
    dotnet build "$repo/src/Reader.Web" -c Release -nologo -v q >>"$work/build.log" 2>&1 ||
    { cat "$work/build.log"; exit 2; }
cli_dll="$repo/src/Reader.Cli/bin/Release/net10.0/reader.dll"
web_dir="$repo/src/Reader.Web/bin/Release/net10.0"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
