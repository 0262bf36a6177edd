// Records the JVM's Double.toString / Float.toString for a fixed list of inputs, as JSON, so the Swift tests can
// check SparkValueText's Java-style number layout against the real thing.
// Run: java tools/pyspark/RecordJavaNumberText.java > Tests/SparkbookUtilitiesTests/Golden/java/number_text_jdk<N>.json
// (recorded with JDK 17 and JDK 25: JDK 19+ prints the shortest digits; 17 has known off-by-one-digit cases).
// Each input is given as the exact bit pattern (hex) so nothing is lost between Java and Swift.
import java.util.ArrayList;
import java.util.List;

public class RecordJavaNumberText {
    static final double[] DOUBLES = {
        0.0, -0.0, 1.0, -1.0, 500.0, 0.1, 0.2, 0.3, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1042472.5, 12537826.89,
        9999999.0, 9999999.999999998, 1.0E7, 1.0E7 + 1, 12345678.9, 1.0E-3, 9.99E-4, 0.001, 1.0E-4, 1.23456E-5,
        123456.789, -123456.789, 1.0E21, 1.0E22, 1.0E23, 2.0E23, 1.7976931348623157E308, 4.9E-324, 2.2250738585072014E-308,
        1.0E-5, 5.0E-324, 1.0E-323, 9.9E-324, 3.14159265358979, 2.718281828459045, 1.0E16, 1.0E15, 123456789012345678.0,
        Math.PI * 1.0E10, 0.5, 0.25, 0.125, 1.5E-7, 100.5, 1.0E100, 1.0E-100, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 2.0E-3, 1.1, 9007199254740993.0, 4.35, 0.07, 33.333333333333336, 1.0E-7, 8.41E21,
        2.82879384806159E17, 1.9400994884341945E25, 5.0E-5, 4.0E-320, 1.2345678901234567E-300,
    };
    static final float[] FLOATS = {
        0.0f, -0.0f, 1.0f, 1.5f, 0.1f, 1.0f / 3.0f, 1.0E7f, 9999999.0f, 1.0E-3f, 1.0E-4f, 3.4028235E38f, 1.4E-45f,
        1.17549435E-38f, 123456.79f, 16777216.0f, 0.3f, 2.0E-44f, Float.NaN, Float.POSITIVE_INFINITY, 33.3f, 1.0E10f,
    };

    public static void main(String[] args) {
        List<String> lines = new ArrayList<>();
        for (double d : DOUBLES) {
            lines.add(String.format("    {\"kind\": \"double\", \"bits\": \"%016x\", \"text\": \"%s\"}",
                Double.doubleToRawLongBits(d), Double.toString(d)));
        }
        for (float f : FLOATS) {
            lines.add(String.format("    {\"kind\": \"float\", \"bits\": \"%08x\", \"text\": \"%s\"}",
                Float.floatToRawIntBits(f), Float.toString(f)));
        }
        System.out.println("{");
        System.out.println("  \"java\": \"" + System.getProperty("java.version") + "\",");
        System.out.println("  \"values\": [");
        System.out.println(String.join(",\n", lines));
        System.out.println("  ]");
        System.out.println("}");
    }
}
