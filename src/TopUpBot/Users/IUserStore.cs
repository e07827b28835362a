namespace TopUpBot.Users;

internal interface IUserStore
{
    Task<UserProfile?> Find(long userId, CancellationToken cancellationToken);

    Task Save(UserProfile profile, CancellationToken cancellationToken);
}
