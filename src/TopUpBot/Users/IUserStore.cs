namespace TopUpBot.Users;

internal interface IUserStore
{
    Task<UserProfile?> Find(long userId, CancellationToken cancellationToken);

    Task Save(UserProfile profile, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored profile, if there is one (an import). Synchronous, like
    /// <see cref="Erase"/>, to run inside the caller's transaction.
    /// </summary>
    void Change(long userId, Action<UserProfile> change);

    /// <summary>
    /// Forgets the user (/deleteme). Synchronous: it runs inside the caller's LiteDB transaction, which LiteDB binds to
    /// the thread, so no await may come between.
    /// </summary>
    void Erase(long userId);
}
