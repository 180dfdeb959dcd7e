import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The cost of one password verification as the service configures it (PBKDF2-HMAC-SHA256,
 * 600 000 iterations, 16-byte salt, 32-byte key): {@code java bench/PasswordHashCost.java}.
 */
public class PasswordHashCost {

    public static void main(String[] args) throws Exception {
        SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] salt = new byte[16];
        char[] password = "correct horse battery".toCharArray();
        for (int i = 0; i < 3; i++) {
            pbkdf2.generateSecret(new PBEKeySpec(password, salt, 600_000, 256));
        }
        long[] nanos = new long[20];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            pbkdf2.generateSecret(new PBEKeySpec(password, salt, 600_000, 256));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("PBKDF2-HMAC-SHA256, 600000 iterations: median %.1f ms, min %.1f ms, max %.1f ms (n=%d)%n",
                nanos[nanos.length / 2] / 1e6, nanos[0] / 1e6, nanos[nanos.length - 1] / 1e6, nanos.length);
    }
}
