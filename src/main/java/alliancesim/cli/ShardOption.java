package alliancesim.cli;

import alliancesim.batch.Shard;
import alliancesim.files.InvalidInputException;
import picocli.CommandLine;

/** `--shard i/n`: exactly two whole numbers with 1 <= i <= n, checked before anything runs. */
final class ShardOption implements CommandLine.ITypeConverter<Shard> {
    @Override
    public Shard convert(String text) {
        try {
            return Shard.parse(text);
        } catch (InvalidInputException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
