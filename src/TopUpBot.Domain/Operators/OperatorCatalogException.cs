namespace TopUpBot.Domain.Operators;

/// <summary>The operator catalog file is broken; the message is one line naming what is wrong.</summary>
public sealed class OperatorCatalogException : Exception
{
    public OperatorCatalogException()
    {
    }

    public OperatorCatalogException(string message)
        : base(message)
    {
    }

    public OperatorCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
