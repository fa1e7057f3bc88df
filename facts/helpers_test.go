package facts

import (
	"os"
	"path/filepath"
)

func readTestdata(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join("..", "testdata", filepath.FromSlash(name)))
}
