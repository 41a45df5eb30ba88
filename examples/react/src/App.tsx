import { createLocalAdapter } from 'helpdesk-elements/adapters/local';
import { categoryCards } from 'helpdesk-elements/presets';
import { useEffect, useState } from 'react';

// The embedded backend, seeded with a preset; a real app passes its own adapter (rest, zendesk, ...).
const adapter = createLocalAdapter({ preset: categoryCards });

export function App() {
  const [signedIn, setSignedIn] = useState(false);
  const [categoryId, setCategoryId] = useState<string>();
  const [created, setCreated] = useState<string>();

  useEffect(() => {
    void adapter.getSession().then(session => setSignedIn(session !== null));
  }, []);

  return (
    // Objects go in as properties (`adapter={...}`), events come out through `on` + their name.
    <hd-provider adapter={adapter} locale="es" theme="auto">
      {!signedIn ? (
        <hd-login onhd-signed-in={() => setSignedIn(true)} />
      ) : categoryId ? (
        <hd-case-form
          categoryId={categoryId}
          onhd-case-created={event => {
            setCreated(event.detail.case.reference);
            setCategoryId(undefined);
          }}
        />
      ) : (
        <>
          {created ? <p role="status">Caso {created} creado.</p> : null}
          <hd-category-cards onhd-category-select={event => setCategoryId(event.detail.category.id)} />
          <hd-case-list scope="mine" pageSize={10} />
        </>
      )}
    </hd-provider>
  );
}
