namespace NewsModel.Cli;

internal static class Program
{
    private static int Main() => 2;
}
