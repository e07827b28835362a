using LiteDB;
using TopUpBot.Users;

namespace TopUpBot.Storage;

internal sealed class LiteUserStore(LiteDbContext context) : IUserStore
{
    private readonly ILiteCollection<UserProfile> _users = context.Database.GetCollection<UserProfile>("users");

    public Task<UserProfile?> Find(long userId, CancellationToken cancellationToken) =>
        Task.FromResult<UserProfile?>(_users.FindById(userId));

    public Task Save(UserProfile profile, CancellationToken cancellationToken)
    {
        _users.Upsert(profile);
        return Task.CompletedTask;
    }

    public void Change(long userId, Action<UserProfile> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (_users.FindById(userId) is { } profile)
        {
            change(profile);
            _users.Update(profile);
        }
    }

    public void Erase(long userId) => _users.Delete(userId);
}
