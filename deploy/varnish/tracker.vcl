vcl 4.1;

# The shared cache tier in front of the tracker's `next start` instances (README, "Deploy at
# scale"). The app opts a response in with `Surrogate-Control: max-age=N` and tags it with
# `Surrogate-Key: site MODEL ...`; a save sends `PURGE /` with `xkey-purge: <keys>` to every
# node, which soft-purges the tagged objects. Whatever depends on the deployment (backends, their
# health probe, who may purge) is in backends.vcl, written by scripts/cache-tier/varnish.ts.

import std;
import directors;
import xkey;

# Defines the backends, `sub tracker_init` (makes the round-robin directors `app`, whose
# instances are probed on /api/health, and `app_fallback`, the same instances unprobed),
# `acl purgers` and `sub tracker_purge_guard` (synth 403 unless the purge token matches).
include "backends.vcl";

sub vcl_init {
	call tracker_init;
}

# The editing area and sign-in keep their cookies and are never cached.
sub tracker_private {
	if (req.url ~ "^/(admin|api/auth)(/|\?|$)") {
		set req.http.X-Tier-Private = "1";
	}
}

sub vcl_recv {
	set req.backend_hint = app.backend();
	if (req.restarts == 0) {
		# Only this VCL may mark a request: the markers change what is served.
		unset req.http.X-Stale-OK;
		unset req.http.X-Tier-Private;
	}

	if (req.method == "PURGE") {
		if (client.ip !~ purgers) {
			return (synth(403, "Forbidden"));
		}
		call tracker_purge_guard;
		if (!req.http.xkey-purge) {
			return (synth(400, "xkey-purge header required"));
		}
		# Soft: the objects stay within their grace, so an outage can still serve them, while a
		# healthy backend is asked again on the very next request (req.grace = 0s below).
		set req.http.X-Purged = xkey.softpurge(req.http.xkey-purge);
		return (synth(200, "Purged"));
	}

	# A forged debug header gets nothing.
	if (req.http.X-Cache-Debug && client.ip !~ purgers) {
		unset req.http.X-Cache-Debug;
	}

	call tracker_private;
	if (req.http.X-Tier-Private) {
		return (pass);
	}
	if (req.method != "GET" && req.method != "HEAD") {
		# Server actions and forms post; nothing but a read is looked up.
		return (pass);
	}

	# Everything else is the same for every reader: a signed-in editor neither gets nor seeds a
	# copy of their own.
	unset req.http.Cookie;
	unset req.http.Authorization;
	set req.url = std.querysort(req.url);

	# The app is asked again as soon as an object's time is up or it was purged, so an edit shows
	# on the next request, whatever the health probe last said (it lags behind a recovery). Only a
	# restart after a fetch that failed (X-Stale-OK: the app down, or answering 5xx) may serve the
	# last good copy within its grace instead.
	if (req.http.X-Stale-OK) {
		# A restart keeps what the first pass set; this lets the object's own grace decide.
		set req.grace = 3650d;
	} else {
		set req.grace = 0s;
	}
	return (hash);
}

sub vcl_backend_fetch {
	unset bereq.http.X-Tier-Private;
	unset bereq.http.X-Cache-Debug;
	if (!std.healthy(bereq.backend)) {
		# Every instance failed its health check (its database away, or the probe not yet
		# caught up with a recovery): they are asked anyway, as they may answer; if they do not,
		# the request restarts and gets the last good copy (vcl_deliver, vcl_synth).
		set bereq.backend = app_fallback.backend();
	}
}

# Not kept, and for two minutes requests for it go to the app side by side instead of queueing
# behind one another (hit-for-miss, as the builtin VCL does); a later answer may be kept again.
sub tracker_uncacheable {
	set beresp.ttl = 120s;
	set beresp.uncacheable = true;
	return (deliver);
}

sub vcl_backend_response {
	if (bereq.uncacheable) {
		# A pass (the admin, sign-in, posts): whatever the app said, as it said it.
		return (deliver);
	}
	if (beresp.status >= 500) {
		# Delivering it, even uncacheable, would replace the last good copy. The first attempt
		# gives up instead (the client's request restarts, allowed that copy: vcl_synth); the
		# restart, when there is no copy, delivers the app's own answer (its outage page says
		# when to come back), never kept.
		if (bereq.is_bgfetch || !bereq.http.X-Stale-OK) {
			return (abandon);
		}
		call tracker_uncacheable;
	}
	# Nothing that sets a cookie or says it is one reader's own is ever kept, whatever else it says.
	if (beresp.http.Set-Cookie || beresp.http.Vary == "*" ||
	    beresp.http.Cache-Control ~ "(?i)(^|[, ])private([, =]|$)") {
		call tracker_uncacheable;
	}

	if (beresp.http.Surrogate-Control ~ "(?i)(^|[,; ])max-age=[0-9]+" &&
	    beresp.http.Surrogate-Control !~ "(?i)no-store") {
		set beresp.ttl = std.duration(
		    regsub(beresp.http.Surrogate-Control, "(?i)^(.*[,; ])?max-age=([0-9]+).*$", "\2s"), 0s);
		if (beresp.ttl <= 0s) {
			call tracker_uncacheable;
		}
		# The keys a PURGE names (xkey reads this header when the object is stored).
		if (beresp.http.Surrogate-Key) {
			set beresp.http.xkey = beresp.http.Surrogate-Key;
		}
		set beresp.http.X-Tier-Surrogate = "1";
	} else if (beresp.ttl <= 0s ||
	    beresp.http.Cache-Control !~ "(?i)(^|[, ])(public|immutable)([, ]|$)" ||
	    beresp.http.Cache-Control ~ "(?i)(no-cache|no-store|private)") {
		# Without Surrogate-Control only what says it is public for a while (the build's
		# /_next/static files) is kept; no default TTL for an answer that did not ask.
		call tracker_uncacheable;
	}
	# Readers are served the last good copy through an outage for this long.
	set beresp.grace = 24h;
	return (deliver);
}

sub vcl_backend_error {
	# No answer at all (refused, reset, timed out): a read is tried once more, on the next
	# instance.
	if (bereq.retries == 0 && (bereq.method == "GET" || bereq.method == "HEAD")) {
		return (retry);
	}
	# As for a 5xx: keep the last good copy, if any (vcl_backend_response).
	if (bereq.is_bgfetch || (!bereq.uncacheable && !bereq.http.X-Stale-OK)) {
		return (abandon);
	}
	# The app did not answer at all and nothing was kept: a page in the site's words.
	set beresp.ttl = 0s;
	set beresp.uncacheable = true;
	set beresp.reason = "Service Unavailable";
	set beresp.http.Content-Type = "text/html; charset=utf-8";
	set beresp.http.Cache-Control = "no-store";
	set beresp.http.Retry-After = "30";
	set beresp.body = {"<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>页面暂时无法加载</title></head>
<body><h1>页面暂时无法加载</h1><p>请稍后再试。</p><p><a href="/">返回首页</a></p></body></html>
"};
	return (deliver);
}

# A GET that failed is tried once more, allowed a stale copy (vcl_recv).
sub tracker_retry_stale {
	if (resp.status >= 500 && req.restarts == 0 && !req.http.X-Tier-Private &&
	    (req.method == "GET" || req.method == "HEAD")) {
		set req.http.X-Stale-OK = "1";
		return (restart);
	}
}

sub vcl_deliver {
	call tracker_retry_stale;
	if (obj.uncacheable) {
		set resp.http.X-Cache = "PASS";
	} else if (obj.hits > 0 && obj.ttl <= 0s) {
		# Past its time or purged, served through an outage (grace).
		set resp.http.X-Cache = "HIT-STALE";
	} else if (obj.hits > 0) {
		set resp.http.X-Cache = "HIT";
	} else {
		set resp.http.X-Cache = "MISS";
	}
	if (resp.http.X-Tier-Surrogate && !obj.uncacheable) {
		# Browsers ask again each time; a hit answers If-None-Match / If-Modified-Since with 304.
		set resp.http.Cache-Control = "public, max-age=0, must-revalidate";
	}
	if (req.http.X-Cache-Debug) {
		# What the health probe says now: "sick" when no instance passes it.
		if (std.healthy(req.backend_hint)) {
			set resp.http.X-Cache-Backends = "healthy";
		} else {
			set resp.http.X-Cache-Backends = "sick";
		}
	} else {
		unset resp.http.Surrogate-Key;
		unset resp.http.Surrogate-Control;
		unset resp.http.xkey;
	}
	unset resp.http.X-Tier-Surrogate;
}

sub vcl_synth {
	call tracker_retry_stale;
	if (req.method == "PURGE") {
		if (resp.status == 200) {
			set resp.http.Content-Type = "application/json";
			set resp.body = {"{"purged":"} + req.http.X-Purged + "}";
		} else {
			set resp.http.Content-Type = "text/plain; charset=utf-8";
			set resp.body = resp.reason + {"
"};
		}
		return (deliver);
	}
}
