package io.talentwatch.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "offers of $100 million|100000000",
            "a $100M package|100000000",
            "US$1.5bn over four years|1500000000",
            "$250,000 signing bonus|250000",
            "100 million dollars each|100000000",
            "a hundred million dollars|100000000",
            "عروض تصل إلى 100 مليون دولار|100000000",
            "عرض بقيمة ١٠٠ مليون دولار|100000000",
            "مئة مليون دولار للباحث|100000000",
            "مليار دولار على أربع سنوات|1000000000",
            "a $5M bonus, a $300M package|300000000",
    })
    void readsTheLargestDollarAmount(String text, long expected) {
        assertThat(Money.largestIn(text)).hasValue(expected);
    }

    @Test
    void otherNumbersAreNotMoney() {
        assertThat(Money.largestIn("3 researchers left in 2025 for 200 million euros")).isEqualTo(OptionalLong.empty());
        assertThat(Money.largestIn("$5 more")).hasValue(5);
    }
}
