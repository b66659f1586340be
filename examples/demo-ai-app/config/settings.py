"""Service settings. The database URL below carries a FAKE password so the demo shows the finding."""
import os

MODEL_DIR = os.environ.get("MODEL_DIR", "models/")
DATABASE_URL = "postgresql://inference:B8jaZsxwlupv89qy34ohex@db.prod.acme-ml.internal:5432/predictions"
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
