package cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts Neo4j Community embedded with Bolt on 127.0.0.1, authentication on, and prints one line,
 * READY bolt://127.0.0.1:<port>, with the port it listens on (port 0 lets Neo4j pick a free one,
 * which no separate "find a free port" step can do without racing other processes).
 *
 * The Node side owns this process through stdin: its first line is the password of the `neo4j`
 * user (never an argument, which `ps` would show to every local user); after that the parent
 * writes nothing, and EOF (the parent died or let go) shuts Neo4j down, so no JVM outlives
 * `npm start` or a test run.
 *
 * Usage: Launcher <homeDir> <boltPort> <pluginDir> <pageCacheMb>   (stdin: password, newline)
 */
public final class Launcher {
    private static final String USER = "neo4j";

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: Launcher <homeDir> <boltPort> <pluginDir> <pageCacheMb>");
            System.exit(2);
        }
        try {
            run(Path.of(args[0]).toAbsolutePath(), Integer.parseInt(args[1]), Path.of(args[2]).toAbsolutePath(), Long.parseLong(args[3]));
        } catch (Throwable e) {
            // The stdin watcher is not a daemon thread: without this, a failed start would hang.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Path home, int port, Path plugins, long pageCacheMb) throws Exception {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = stdin.readLine();
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("expected the neo4j user's password as the first line on stdin");
        }

        // From here on the parent may go at any time, even in the middle of start-up.
        AtomicReference<DatabaseManagementService> started = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService dbms = started.get();
            if (dbms != null) dbms.shutdown();
        }, "neo4j-shutdown"));
        Thread watcher = new Thread(() -> {
            drain(stdin);
            System.exit(0); // runs the shutdown hook
        }, "parent-watch");
        watcher.start();

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        builder.setConfig(BoltConnector.enabled, true);
        builder.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        builder.setConfig(HttpConnector.enabled, false);
        // Netty's defaults keep a stopped Bolt server around for ~20 s; our clients are local.
        builder.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
        builder.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
        // Bolt on 127.0.0.1 is still open to every local user: only holders of the password get in.
        builder.setConfig(GraphDatabaseSettings.auth_enabled, true);
        builder.setConfig(GraphDatabaseSettings.plugin_dir, plugins);
        builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"));
        builder.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files");
        // The default for jobs (seed, metrics); the API sets a few seconds per transaction, and
        // the monitor looks every 200 ms (not 2 s), so a timed-out query stops close to its limit.
        builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10));
        builder.setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200));
        builder.setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024L * 1024L);

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = builder.build();
        started.set(dbms);

        setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        waitUntilAnswering(db);
        int bound = ((GraphDatabaseAPI) db).getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("READY bolt://127.0.0.1:" + bound + " " + ms + "ms");
        System.out.flush();
    }

    /**
     * Embedded access to the system database bypasses authentication, so the password in the
     * parent's file always wins: on a new folder, on one from before authentication was on, and
     * after the file was lost and a new password generated. Every start sets it again.
     */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to the one it already has: nothing to do.
            if (!e.getMessage().contains("Old password and new password cannot be the same")) throw e;
        }
    }

    private static void waitUntilAnswering(GraphDatabaseService db) throws InterruptedException {
        for (int i = 0; ; i++) {
            try (var tx = db.beginTx()) {
                tx.execute("RETURN 1").close();
                tx.commit();
                return;
            } catch (RuntimeException e) {
                if (i > 600) throw e;
                Thread.sleep(100);
            }
        }
    }

    private static void drain(BufferedReader in) {
        char[] buf = new char[256];
        try {
            while (in.read(buf) >= 0) {
                // The parent writes nothing more; any input is ignored. EOF means it is gone.
            }
        } catch (IOException ignored) {
            // A broken pipe is the same signal as EOF.
        }
    }
}
