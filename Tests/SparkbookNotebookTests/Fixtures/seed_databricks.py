# Databricks notebook source
# MAGIC %md
# MAGIC <div style="display: flex; align-items: center; gap: 18px; margin-bottom: 15px;">
# MAGIC   <img src="https://files.codebasics.io/v3/images/sticky-logo.svg" alt="Codebasics Logo" style="display: inline-block;" width="130">
# MAGIC   <h1 style="font-size: 34px; color: #1f4e79; margin: 0; display: inline-block;">Codebasics Practice Room - Data Engineering Bootcamp </h1>
# MAGIC </div>
# MAGIC
# MAGIC
# MAGIC #### ⚖️ Dynamic Resource Allocation in a Shared Cluster
# MAGIC
# MAGIC This notebook demonstrates how to configure **Spark Dynamic Resource Allocation**
# MAGIC so a job can **scale up when busy** and **release resources when idle**
# MAGIC in a **shared YARN / Kubernetes cluster**.
# MAGIC
# MAGIC We use a **shuffle-heavy aggregation** on `big_events_50k.csv`
# MAGIC to illustrate how Spark dynamically adjusts executors.

# COMMAND ----------

# MAGIC %md
# MAGIC ## 📂 Dataset
# MAGIC
# MAGIC **Dataset Name:** `big_events_50k.csv`  
# MAGIC
# MAGIC ### Example Columns:
# MAGIC - `event_id`
# MAGIC - `event_time`
# MAGIC - `country`
# MAGIC - `device`
# MAGIC - `amount`
# MAGIC
# MAGIC The dataset is large enough to:
# MAGIC - create **shuffle-heavy stages**
# MAGIC - demonstrate executor scaling behavior
# MAGIC
# MAGIC > ⚠️ In real production systems, this dataset could be **hundreds of GBs**.
# MAGIC > The same dynamic allocation pattern applies regardless of size.

# COMMAND ----------

# MAGIC %md
# MAGIC ## 🗂️ Scenario
# MAGIC
# MAGIC Your Spark job runs in a **shared cluster** (YARN or Kubernetes)
# MAGIC used by multiple teams.
# MAGIC
# MAGIC Observed issues:
# MAGIC - Sometimes your job **consumes too many executors**
# MAGIC - Sometimes it **runs slowly due to lack of resources**
# MAGIC - Static executor allocation causes:
# MAGIC   - wasted resources when the job is idle
# MAGIC   - unfair usage during peak times
# MAGIC
# MAGIC You want Spark to:
# MAGIC - automatically scale up during heavy processing
# MAGIC - release executors when work finishes
# MAGIC - avoid impacting other teams’ jobs
# MAGIC
# MAGIC ---

# COMMAND ----------

# MAGIC %md
# MAGIC ## 🎯 Task
# MAGIC
# MAGIC Using `big_events_50k.csv`, design a Spark job that:
# MAGIC
# MAGIC 1. Enables **dynamic executor allocation**
# MAGIC 2. Sets sensible **min / initial / max executors**
# MAGIC 3. Safely handles shuffle data when executors are removed
# MAGIC 4. Releases idle executors automatically
# MAGIC 5. Works well in a **multi-tenant cluster**
# MAGIC
# MAGIC ---

# COMMAND ----------

# MAGIC %md
# MAGIC ## 🧩 Assumptions
# MAGIC
# MAGIC - Spark runs on **YARN or Kubernetes**
# MAGIC - Cluster is shared by multiple teams
# MAGIC - The job contains **shuffle-heavy operations**
# MAGIC - Spark configs are set via:
# MAGIC   - `spark-submit`
# MAGIC   - cluster defaults
# MAGIC   - or SparkSession builder
# MAGIC
# MAGIC > ⚠️ Databricks Serverless manages resources automatically
# MAGIC > and does **not allow manual dynamic allocation configuration**.
# MAGIC
# MAGIC
# MAGIC ---

# COMMAND ----------

# MAGIC %md
# MAGIC ## 📦 Deliverables
# MAGIC
# MAGIC - A Spark job using **dynamic resource allocation**
# MAGIC - Executors scale up during shuffle-heavy stages
# MAGIC - Executors are released when idle
# MAGIC - Job avoids starving other teams
# MAGIC
# MAGIC ### Expected Behavior
# MAGIC
# MAGIC | Workload State | Executor Behavior |
# MAGIC |---------------|-------------------|
# MAGIC High shuffle load | Executors scale up |
# MAGIC Idle periods | Executors released |
# MAGIC Shared cluster | Fair resource usage |
# MAGIC
# MAGIC ---

# COMMAND ----------

# MAGIC %md
# MAGIC ## 🧠 Notes
# MAGIC
# MAGIC - Dynamic allocation is most useful in **shared clusters**
# MAGIC - Spark decides executor count **at runtime**
# MAGIC - Shuffle handling is critical for safe executor removal
# MAGIC - This is a **configuration-level optimization**

# COMMAND ----------

# MAGIC %md
# MAGIC ## 🧠 Solution Strategy (High-Level)
# MAGIC
# MAGIC 1. Enable Spark dynamic allocation
# MAGIC 2. Configure min, initial, and max executors
# MAGIC 3. Enable safe shuffle handling:
# MAGIC    - external shuffle service (YARN)
# MAGIC    - shuffle tracking (Kubernetes)
# MAGIC 4. Tune idle and backlog timeouts
# MAGIC 5. Run a shuffle-heavy aggregation on `big_events_50k.csv`
# MAGIC
# MAGIC Spark automatically:
# MAGIC - adds executors when tasks back up
# MAGIC - removes executors after idle timeout

# COMMAND ----------

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

# COMMAND ----------

# MAGIC %md
# MAGIC ## ⚙️ Spark Configuration (Conceptual – Shared Cluster)
# MAGIC
# MAGIC ⚠️ These settings apply to **YARN / Kubernetes clusters**.  
# MAGIC They are typically set via `spark-submit` or cluster config.

# COMMAND ----------

spark = (
    SparkSession.builder
        .appName("dynamic-allocation-big-events")

        # Enable dynamic allocation
        .config("spark.dynamicAllocation.enabled", "true")

        # Executor bounds
        .config("spark.dynamicAllocation.minExecutors", "2")
        .config("spark.dynamicAllocation.initialExecutors", "4")
        .config("spark.dynamicAllocation.maxExecutors", "20")

        # Backlog & idle handling
        .config("spark.dynamicAllocation.schedulerBacklogTimeout", "5s")
        .config("spark.dynamicAllocation.executorIdleTimeout", "60s")

        # Kubernetes (use this)
        .config("spark.dynamicAllocation.shuffleTracking.enabled", "true")

        # YARN alternative (use instead of shuffleTracking)
        # .config("spark.shuffle.service.enabled", "true")

        .getOrCreate()
)

# COMMAND ----------

# MAGIC %md
# MAGIC ## 🛢️ Input Data

# COMMAND ----------

events_df = (
    spark.read
         .option("header", "true")
         .option("inferSchema", "true")
         .csv("data/big_events_50k.csv")
)

display(events_df.limit(5))

# COMMAND ----------

# MAGIC %md
# MAGIC ## 🔄 Shuffle-Heavy Aggregation
# MAGIC
# MAGIC This aggregation forces a **wide shuffle**, which allows us to
# MAGIC observe dynamic executor scaling.

# COMMAND ----------

agg_df = (
    events_df
        .groupBy("country", "device")
        .agg(
            F.count("*").alias("event_count"),
            F.sum("amount").alias("total_amount")
        )
)

# Action to trigger execution
agg_df.count()

# COMMAND ----------

# MAGIC %md
# MAGIC ## 🔍 What Happens at Runtime
# MAGIC
# MAGIC - Spark starts with **initialExecutors**
# MAGIC - If shuffle tasks queue up:
# MAGIC   - Spark requests more executors (up to maxExecutors)
# MAGIC - After tasks complete:
# MAGIC   - Idle executors are released after executorIdleTimeout
# MAGIC - Shuffle tracking / external shuffle service ensures safety

# COMMAND ----------

# MAGIC %md
# MAGIC ## 🧠 Shared Cluster Best Practices
# MAGIC
# MAGIC - Set a **reasonable maxExecutors**
# MAGIC - Use **fair scheduler / queues**
# MAGIC - Avoid large static executor counts
# MAGIC - Let Spark adapt to workload size
# MAGIC
# MAGIC Dynamic allocation benefits everyone in the cluster.

# COMMAND ----------

# MAGIC %md
# MAGIC ## ✅ Summary
# MAGIC
# MAGIC - `big_events_50k.csv` creates shuffle-heavy workloads
# MAGIC - Dynamic allocation enables elastic executor scaling
# MAGIC - Idle executors are released automatically
# MAGIC - Best suited for shared YARN / Kubernetes clusters
# MAGIC
# MAGIC This is a **production-grade pattern** for multi-tenant Spark environments.
