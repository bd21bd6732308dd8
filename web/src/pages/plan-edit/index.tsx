// The response plan editor at /plan/edit/*, for admins; everyone else gets the "For admins only" page.
import { Route, Routes } from 'react-router';
import { RequireAdmin } from '../../components/require-admin';
import { PlanEditor } from './plan-editor';

export function PlanEditPage() {
  return (
    <Routes>
      <Route element={<RequireAdmin />}>
        <Route path="*" element={<PlanEditor />} />
      </Route>
    </Routes>
  );
}

export default PlanEditPage;
