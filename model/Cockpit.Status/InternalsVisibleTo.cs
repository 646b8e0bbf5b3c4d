using System.Runtime.CompilerServices;

// The splitter, tokenizer and lexicon are internal; their tests live in Cockpit.Model.Tests.
[assembly: InternalsVisibleTo("Cockpit.Model.Tests")]
