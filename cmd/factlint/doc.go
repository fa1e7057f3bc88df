// Command factlint checks that texts about one event agree on their facts.
//
//	factlint check [paths...]     report conflicts between the documents
//	factlint extract [paths...]   print every claim found, as CUE or JSON
//	factlint explain KIND|KEY     why a conflict of that kind or key is reported
//	factlint rules                list the active rules and lexicon
//	factlint rules vet FILE...    validate rule files
//	factlint hook install         write a git pre-commit hook
//	factlint version
//
// Exit status: 0 when nothing at or above --fail-on was found, 1 when
// something was, 2 for a usage or input error. Only this package touches
// the process: main is os.Exit(Main()), and tests call run directly.
package main
