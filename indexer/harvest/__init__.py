"""`minutes harvest`: a council's minutes from its ModernGov site into the corpus, politely and resumably.

client.py fetches (one request at a time, retries, conditional requests); moderngov.py knows the web service
(its URLs and XML); run.py decides what to fetch and writes each meeting with its sidecar.
"""
