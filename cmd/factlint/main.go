package main

import "os"

func main() { os.Exit(Main()) }

// Main runs factlint with the process's arguments and standard streams and
// returns the exit status.
func Main() int { return run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr) }
