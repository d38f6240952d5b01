using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Users;

/// <summary>The status of a CargoMART account after create / get token / update. The vendor shows only <c>Activated</c>; accounts awaiting manual activation or more details are described in prose only, so <see cref="Pending"/> is our assumption and any other value means not (yet) activated. Unknown values are kept, never an error.</summary>
[ExtensibleEnum(PublicConstructor = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<UserAccountStatus>))]
public readonly partial struct UserAccountStatus
{
    /// <summary>The value <c>Activated</c>.</summary>
    public static UserAccountStatus Activated { get; } = new("Activated");

    /// <summary>The value <c>Pending</c>.</summary>
    public static UserAccountStatus Pending { get; } = new("Pending");
}
