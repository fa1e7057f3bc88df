package main

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium (or Chrome) to drive over the DevTools
// protocol: $FACTLINT_CHROMIUM, else one on PATH. Where there is none the
// test is skipped, unless FACTLINT_REQUIRE_BROWSER is set (.ci/run sets it
// after installing Debian's chromium): then the skip is a failure.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("FACTLINT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("FACTLINT_REQUIRE_BROWSER") != "" {
		t.Fatal("no Chromium found and FACTLINT_REQUIRE_BROWSER is set (apt-get install chromium)")
	}
	t.Skip("no Chromium on PATH (apt-get install chromium, or set FACTLINT_CHROMIUM)")
	return ""
}

// browse starts a headless Chromium with a fresh profile and no network
// of its own, and returns a context driving one tab.
func browse(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	return ctx
}

// htmlReport runs factlint check --format html and writes the page to a
// temporary folder; it returns the page's file URL.
func htmlReport(t *testing.T, args ...string) (string, []byte) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"check", "--format", "html"}, args...), nil, &stdout, &stderr); code > 1 || stderr.Len() > 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	path := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(path, stdout.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String(), stdout.Bytes()
}

// get runs one action and returns its value; an error fails the test.
func get[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// visible counts the cards shown.
func visible(t *testing.T, ctx context.Context) int {
	t.Helper()
	return get(t, ctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll('.card')).filter(c => c.offsetParent !== null).length`))
}

// TestHTMLInBrowser opens the seeds' report in headless Chromium: one card
// for visit[Jens Stoltenberg].ordinal with the tweet's "back in" and the articles' "first"
// marked side by side; the severity and search filters change what is
// visible; a screenshot is taken (and kept at $FACTLINT_SCREENSHOT).
func TestHTMLInBrowser(t *testing.T) {
	ctx := browse(t)
	page, _ := htmlReport(t, "../../testdata/stoltenberg")
	do(t, ctx, chromedp.Navigate(page), chromedp.WaitVisible(chromedp.CSS(".card")))
	cards := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.card').length`))
	first := get(t, ctx, chromedp.Evaluate[string](`document.querySelector('.card').dataset.key`))
	marks := get(t, ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('.card[data-key="visit[Jens Stoltenberg].ordinal"] mark')).map(m => m.textContent)`))
	summary := get(t, ctx, chromedp.Text(chromedp.CSS("#summary")))
	dissent := get(t, ctx, chromedp.Text(chromedp.CSS(".card[data-key='visit[Jens Stoltenberg].ordinal'] .side.dissent blockquote")))
	diffs := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.card[data-rule="quote-drift"] .why del, .card[data-rule="quote-drift"] .why ins').length`))
	savePNG(t, get(t, ctx, chromedp.FullScreenshot(100)))
	// The warning first, then the two quote-drift infos (the Kremlin's
	// "serious danger" in five translations, and one of Stoltenberg's).
	if n := visible(t, ctx); cards != 3 || n != 3 || first != "visit[Jens Stoltenberg].ordinal" {
		t.Errorf("%d cards, %d visible, the first for %q; want 3, 3, visit[Jens Stoltenberg].ordinal", cards, n, first)
	}
	if want := "1 warning, 2 infos in 5 documents (6 sources, 224 claims)"; summary != want {
		t.Errorf("summary %q, want %q", summary, want)
	}
	if len(marks) != 6 || marks[0] != "back in" || marks[1] != "first" {
		t.Errorf("marked %q, want \"back in\" then five \"first\"", marks)
	}
	if !strings.HasPrefix(dissent, "An honour to be back in Kyiv") {
		t.Errorf("dissent sentence %q", dissent)
	}
	if diffs < 4 {
		t.Errorf("%d deleted or inserted words in the quote diffs, want at least 4", diffs)
	}
	// Severity: hide warnings, then infos.
	do(t, ctx, chromedp.Click(chromedp.CSS("#sev-warning")))
	if n := visible(t, ctx); n != 2 {
		t.Errorf("%d cards visible with warnings hidden, want 2", n)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#sev-info")))
	if n := visible(t, ctx); n != 0 {
		t.Errorf("%d cards visible with warnings and infos hidden, want 0", n)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#sev-warning")), chromedp.Click(chromedp.CSS("#sev-info")))
	// Search: words no card has, then words one has.
	do(t, ctx, chromedp.SendKeys(chromedp.CSS("#q"), "Riga summit"))
	if n := visible(t, ctx); n != 0 {
		t.Errorf("%d cards visible for a search no card matches, want 0", n)
	}
	get(t, ctx, chromedp.Evaluate[string](`document.getElementById('q').value = ''`))
	do(t, ctx, chromedp.SendKeys(chromedp.CSS("#q"), "back in"))
	if n := visible(t, ctx); n != 1 {
		t.Errorf("%d cards visible for \"back in\", want 1", n)
	}
}

// TestHTMLKeyFilter: with several keys, choosing one shows its cards only;
// with JavaScript off every card shows and the key filter is hidden.
func TestHTMLKeyFilter(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "Stoltenberg visited Kyiv on Thursday. The summit is in Vilnius in July.",
		"b.txt": "Stoltenberg visited Kyiv on Wednesday. The summit is in Riga in July.",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page, _ := htmlReport(t, "--date", "2023-04-20", dir)
	ctx := browse(t)
	do(t, ctx, chromedp.Navigate(page), chromedp.WaitVisible(chromedp.CSS(".card")))
	if n := visible(t, ctx); n != 2 {
		t.Errorf("%d cards visible, want 2", n)
	}
	do(t, ctx, chromedp.SetValue(chromedp.CSS("#key"), "summit.place"),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Evaluate[chromedp.Void](`document.getElementById('key').dispatchEvent(new Event('change'))`)(ctx, tg)
			return err
		}))
	if n := visible(t, ctx); n != 1 {
		t.Errorf("%d cards visible for summit.place, want 1", n)
	}
	// JavaScript off: a fresh browser with scripts disabled.
	ctx = browse(t)
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}), chromedp.Navigate(page), chromedp.WaitVisible(chromedp.CSS(".card")))
	if n := visible(t, ctx); n != 2 {
		t.Errorf("JavaScript off: %d cards visible, want 2", n)
	}
	if shown := get(t, ctx, chromedp.Evaluate[bool](`document.getElementById('key').offsetParent !== null`)); shown {
		t.Error("JavaScript off: the key filter, which needs it, is shown")
	}
	// The severity filter works without JavaScript (CSS :has).
	do(t, ctx, chromedp.Click(chromedp.CSS("#sev-error")))
	if n := visible(t, ctx); n != 0 {
		t.Errorf("JavaScript off: %d cards visible with errors hidden, want 0", n)
	}
}

// TestHTMLInjection puts markup, an attribute break, a style end and
// terminal escapes into an article: the page runs no script of the
// article's, shows its words literally, and carries no control byte.
func TestHTMLInjection(t *testing.T) {
	dir := t.TempDir()
	evil := "<script>window.pwned=1</script>\"onload=window.pwned=2 x=\"</style><img src=x onerror=window.pwned=3>\x1b[31m\x1b]0;owned\x07"
	files := map[string]string{
		"a.txt": "Stoltenberg visited Kyiv on Thursday " + evil + ".",
		"b.txt": "Stoltenberg visited Kyiv on Wednesday.",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page, body := htmlReport(t, "--date", "2023-04-20", dir)
	for _, c := range body {
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			t.Fatalf("control byte %#x in the page", c)
		}
	}
	ctx := browse(t)
	do(t, ctx, chromedp.Navigate(page), chromedp.WaitVisible(chromedp.CSS(".card")))
	pwned := get(t, ctx, chromedp.Evaluate[int](`window.pwned === undefined ? 0 : window.pwned`))
	scripts := get(t, ctx, chromedp.Evaluate[int](`document.scripts.length`))
	imgs := get(t, ctx, chromedp.Evaluate[int](`document.images.length`))
	text := get(t, ctx, chromedp.Evaluate[string](`document.querySelector('main').textContent`))
	if pwned != 0 || scripts != 1 || imgs != 0 {
		t.Errorf("pwned=%d, %d scripts (want the page's 1), %d images (want 0)", pwned, scripts, imgs)
	}
	for _, want := range []string{"<script>window.pwned=1</script>", "\"onload=window.pwned=2", "</style><img src=x onerror=window.pwned=3>", `\x1b[31m`, `\x1b]0;owned\x07`} {
		if !strings.Contains(text, want) {
			t.Errorf("the page does not show %q literally", want)
		}
	}
}

func savePNG(t *testing.T, png []byte) {
	t.Helper()
	if len(png) < 1000 {
		t.Fatalf("screenshot of %d bytes", len(png))
	}
	if err := os.WriteFile(filepath.Join(t.TempDir(), "report.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("FACTLINT_SCREENSHOT"); p != "" {
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestHTMLDeterministic: the same input gives the same bytes, and the page
// exits as the text format does.
func TestHTMLDeterministic(t *testing.T) {
	var first []byte
	for i := 0; i < 3; i++ {
		var stdout, stderr bytes.Buffer
		code := run([]string{"check", "--format", "html", "--fail-on", "warning", "../../testdata/stoltenberg"}, nil, &stdout, &stderr)
		if code != 1 || stderr.Len() > 0 {
			t.Fatalf("exit %d, want 1 as the text format: %s", code, stderr.String())
		}
		if i == 0 {
			first = stdout.Bytes()
		} else if !bytes.Equal(first, stdout.Bytes()) {
			t.Fatal("two runs printed different pages")
		}
	}
}
