package cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts Neo4j Community embedded with Bolt on 127.0.0.1 and prints one READY line.
 * The Node side owns this process: when our stdin closes (the parent died or let go),
 * we shut down, so no JVM outlives `npm start` or a test run.
 *
 * Usage: Launcher <homeDir> <boltPort> <pluginDir> <pageCacheMb>
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: Launcher <homeDir> <boltPort> <pluginDir> <pageCacheMb>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path plugins = Path.of(args[2]).toAbsolutePath();
        long pageCacheMb = Long.parseLong(args[3]);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        builder.setConfig(BoltConnector.enabled, true);
        builder.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        builder.setConfig(HttpConnector.enabled, false);
        // Netty's defaults keep a stopped Bolt server around for ~20 s; our clients are local.
        builder.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
        builder.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
        builder.setConfig(GraphDatabaseSettings.auth_enabled, false);
        builder.setConfig(GraphDatabaseSettings.plugin_dir, plugins);
        builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"));
        builder.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files");
        builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10));
        builder.setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024L * 1024L);

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = builder.build();
        Thread hook = new Thread(dbms::shutdown, "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        waitUntilAnswering(db);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("READY bolt://127.0.0.1:" + port + " " + ms + "ms");
        System.out.flush();

        watchStdin();
        System.exit(0); // runs the shutdown hook
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

    private static void watchStdin() {
        InputStream in = System.in;
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // The parent writes nothing; any input is ignored. EOF means it is gone.
            }
        } catch (IOException ignored) {
            // A broken pipe is the same signal as EOF.
        }
    }
}
