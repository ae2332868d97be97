PREFIX : <http://example.org/>
INSERT DATA { :a :b "c" . GRAPH :g { :a :b 1 } } ;
DELETE { ?s ?p ?o } INSERT { ?s ?p "new" } USING :g WHERE { ?s ?p ?o FILTER(isLiteral(?o)) } ;
WITH :g DELETE WHERE { ?s :b ?o } ;
CLEAR SILENT GRAPH :g ; DROP ALL ; CREATE GRAPH :h ; LOAD <http://example.org/doc> INTO GRAPH :h ;
COPY DEFAULT TO :h ; MOVE :h TO DEFAULT ; ADD :g TO :h
