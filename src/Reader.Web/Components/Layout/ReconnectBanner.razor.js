// Shows a small banner while the circuit is down and brings it back without asking: retries while the
// server is away, and reloads the page (the URL holds the reading state) when the server no longer knows
// this circuit, e.g. after a restart.
const banner = document.getElementById("components-reconnect-modal");
const retryEveryMs = 3000;
let retryTimer = null;

banner.addEventListener("components-reconnect-state-changed", event => {
    // Calls that fail while the connection is down are not errors worth an alarm: the banner says what is going on.
    const errorNotice = document.getElementById("blazor-error-ui");
    if (errorNotice && event.detail.state !== "hide")
        errorNotice.style.display = "none";
    switch (event.detail.state) {
        case "show":
            banner.show();
            break;
        case "hide":
            stopRetrying();
            banner.close();
            break;
        case "failed":
        case "paused":
        case "resume-failed":
            banner.show();
            startRetrying();
            break;
        case "rejected":
            location.reload();
            break;
    }
});

function startRetrying() {
    if (retryTimer === null)
        retryTimer = setInterval(retry, retryEveryMs);
}

function stopRetrying() {
    clearInterval(retryTimer);
    retryTimer = null;
}

async function retry() {
    try {
        if (await Blazor.reconnect()) {
            stopRetrying();
            banner.close();
            return;
        }
        // The server answered but has forgotten this circuit.
        if (!(await Blazor.resumeCircuit()))
            location.reload();
        else {
            stopRetrying();
            banner.close();
        }
    } catch {
        // Still unreachable; the next tick tries again.
    }
}
