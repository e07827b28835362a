using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TopUpBot.Routing;

/// <summary>
/// One step of a multi-message dialog. Steps are plain records; the set the router registers is the closed set
/// the serializer accepts, so a stored step survives a restart and an unknown one is dropped, not misread.
/// </summary>
internal abstract record ConversationStep;

internal sealed class StepSerializer
{
    private const string Discriminator = "$step";
    private readonly JsonSerializerOptions _options;

    public StepSerializer(IReadOnlyDictionary<Type, string> stepNames)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Type != typeof(ConversationStep))
            {
                return;
            }

            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = Discriminator,
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            };
            foreach (var (type, name) in stepNames)
            {
                info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, name));
            }
        });
        _options = new JsonSerializerOptions(JsonSerializerDefaults.General) { TypeInfoResolver = resolver };
    }

    public string Serialize(ConversationStep step) => JsonSerializer.Serialize(step, _options);

    /// <summary>Null when the stored step is from a version of the bot that no longer has it.</summary>
    public ConversationStep? Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ConversationStep>(json, _options);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
