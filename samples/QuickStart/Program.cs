using System;
using QuickStart;

return CitationPrinter.Print(args, Console.Out, Console.Error);
