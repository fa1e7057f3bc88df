package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain Kyiv – “quoted” …", "plain Kyiv – “quoted” …"},
		{"\x1b]0;title\x07", `\x1b]0;title\x07`},
		{"a\nb\rc\td", `a\nb\rc\td`},
		{"del\x7f", `del\x7f`},
		{"csi\u009b31m", `csi\u009b31m`},
		{"rtl\u202etxt.exe", `rtl\u202etxt.exe`},
		{"iso\u2066x\u2069", `iso\u2066x\u2069`},
		{"bad\xffutf8", `bad\xffutf8`},
	}
	for _, tt := range tests {
		if got := Visible(tt.in); got != tt.want {
			t.Errorf("Visible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestJSONSafe: the JSON keeps its value, and no raw C1 control or
// direction mark is left in it.
func TestJSONSafe(t *testing.T) {
	in := map[string]string{"text": "csi\u009b31m rtl\u202e del\x7f esc\x1b"}
	var b bytes.Buffer
	if err := writeJSON(&b, in); err != nil {
		t.Fatal(err)
	}
	if bytes.ContainsAny(b.Bytes(), "\u009b\u202e\x7f\x1b") {
		t.Errorf("raw control in %q", b.String())
	}
	var out map[string]string
	if err := json.Unmarshal(b.Bytes(), &out); err != nil || out["text"] != in["text"] {
		t.Errorf("round trip: %q, %v", out["text"], err)
	}
}
