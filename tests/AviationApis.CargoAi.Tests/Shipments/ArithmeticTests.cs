using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;

namespace AviationApis.CargoAi.Tests.Shipments;

public sealed class ArithmeticTests
{
    [Fact]
    public void Hundred_kg_in_one_cubic_metre_is_166_67_kg_chargeable()
    {
        Assert.Equal(166.67m, ChargeableWeight.Calculate(100m, 1m, MeasurementUnit.Metric));
        Assert.Equal(166.67m, ChargeableWeight.Calculate(new Shipment { Pieces = 1, Weight = 100m, Volume = 1m }));
        Assert.Equal(166.67m, ChargeableWeight.Calculate(new Shipment
        {
            Pieces = 1,
            Dimensions = [new PieceGroup { Pieces = 1, Length = 100, Width = 100, Height = 100, Weight = 100 }],
        }));
    }

    [Fact]
    public void Gross_weight_wins_when_heavier()
    {
        Assert.Equal(200m, ChargeableWeight.Calculate(200m, 1m));
    }

    [Fact]
    public void Imperial_volume_is_cubic_feet()
    {
        // 35.3147 ft³ ≈ 1 m³ → 166.67 kg.
        Assert.Equal(166.67m, ChargeableWeight.Calculate(10m, 35.3147m, MeasurementUnit.Imperial));
        // One 12×12×12 in piece = 1 ft³ = 28,316.85 cm³ → 4.72 kg.
        var group = new PieceGroup { Pieces = 1, Length = 12, Width = 12, Height = 12, Weight = 1 };
        Assert.Equal(1m, ChargeableWeight.GroupVolume(group, MeasurementUnit.Imperial));
        Assert.Equal(4.72m, ChargeableWeight.Calculate(new Shipment { Pieces = 1, Dimensions = [group], MeasurementUnit = MeasurementUnit.Imperial }));
    }

    [Fact]
    public void Piece_groups_with_per_item_or_total_weight_and_uld_volume()
    {
        var perItem = new PieceGroup { Pieces = 4, Length = 50, Width = 50, Height = 50, Weight = 30, WeightType = WeightType.PerItem };
        var total = new PieceGroup { Pieces = 4, Length = 50, Width = 50, Height = 50, Weight = 30, WeightType = WeightType.Total };
        var uld = new PieceGroup { Pieces = 1, Weight = 500, WeightType = WeightType.Total, LoadType = LoadType.Bup, UldType = UldType.Ake, Volume = 4.3m };

        Assert.Equal(120m, ChargeableWeight.GroupWeight(perItem));
        Assert.Equal(30m, ChargeableWeight.GroupWeight(total));
        Assert.Equal(0.5m, ChargeableWeight.GroupVolume(perItem));
        Assert.Equal(4.3m, ChargeableWeight.GroupVolume(uld));
        // 620 kg gross; 4.8 m³ → 800 kg volumetric.
        Assert.Equal(800m, ChargeableWeight.Calculate(new Shipment { Dimensions = [perItem, uld] }));
    }

    [Fact]
    public void Help_centre_example_totals_623()
    {
        var rate = new Rate
        {
            Currency = "EUR",
            NetRate = 6.08m,
            Charges =
            [
                new Charge { Code = "fsc", Rate = 0.07m, Type = ChargeBasis.ChargeableWeight, MinAmount = 0, MaxAmount = 0 },
                new Charge { Code = "ssc", Rate = 0.08m, Type = ChargeBasis.GrossWeight, MinAmount = 0, MaxAmount = 0 },
            ],
        };

        var total = RateTotals.Compute(rate, new ChargeQuantities(100m, 100m, 1));

        Assert.Equal(608m, total.Freight);
        Assert.Equal([7m, 8m], total.Charges.Select(c => c.Amount));
        Assert.Equal(623m, total.Total);
        Assert.Equal("EUR", total.Currency);
    }

    [Fact]
    public void Minimum_and_maximum_amounts_bound_each_charge_and_every_basis_counts()
    {
        var rate = new Rate
        {
            NetRate = 1m,
            Charges =
            [
                new Charge { Rate = 0.10m, Type = ChargeBasis.ChargeableWeight, MinAmount = 25m },
                new Charge { Rate = 2m, Type = ChargeBasis.GrossWeight, MaxAmount = 50m },
                new Charge { Rate = 15m, Type = ChargeBasis.Shipment },
                new Charge { Rate = 3m, Type = ChargeBasis.Pieces },
                new Charge { Rate = 99m, Type = new ChargeBasis("PER_PALLET") },
            ],
        };

        var total = RateTotals.Compute(rate, new ChargeQuantities(100m, 80m, 4));

        Assert.Equal([25m, 50m, 15m, 12m, 0m], total.Charges.Select(c => c.Amount));
        Assert.False(total.Charges[^1].IsKnownBasis);
        Assert.Equal(100m + 25m + 50m + 15m + 12m, total.Total);
    }
}
