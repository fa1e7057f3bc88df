//go:build !unix

package facts

import "time"

// cpuTime is unknown here: the benchmarks report no cpu-MB/s.
func cpuTime() time.Duration { return 0 }
