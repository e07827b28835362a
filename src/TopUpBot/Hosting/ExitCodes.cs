namespace TopUpBot.Hosting;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int Configuration = 2;
    public const int Storage = 3;
}
